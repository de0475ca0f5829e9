package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.structure.ConclusionsDocument;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Extracts speech acts, obligations, mentions and citations from a parsed document with the lexicon of
 * its language.
 *
 * <pre>{@code
 * Extraction found = new SpeechActExtractor(Set.of("urges", "calls-on")).extract(document);
 * }</pre>
 *
 * Which acts are directive (and so carry obligations) is given by the caller, from the force scheme of the
 * ontology, so that the interpretation lives in one place.
 */
public final class SpeechActExtractor {

    private final Set<String> directive;

    /** An extractor for which the given speech-act notations are directive. */
    public SpeechActExtractor(Set<String> directive) {
        this.directive = Set.copyOf(directive);
    }

    /** Everything the lexicon of the document's language finds in it. */
    public Extraction extract(ConclusionsDocument doc) {
        ExtractionLexicon lexicon = ExtractionLexicon.load(doc.language());
        ActFinder acts = new ActFinder(lexicon, directive);
        MentionFinder names = new MentionFinder(lexicon);
        List<SpeechAct> found = new ArrayList<>();
        List<Obligation> obligations = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text = doc.source().text();
        for (Subdivision sub : doc.subdivisions()) {
            TextView view = TextView.of(text, sub.segments());
            acts.find(doc, sub, view, found, obligations, diagnostics);
            names.find(view, Carrier.subdivision(sub.number()), mentions, citations);
        }
        for (Footnote f : doc.footnotes()) {
            names.find(TextView.of(text, f.segments()), Carrier.footnote(f.number()), mentions, citations);
        }
        obligations.sort(java.util.Comparator.comparingInt(o -> doc.subdivisions().indexOf(
                doc.subdivision(o.subdivision()).orElseThrow())));
        return new Extraction(found, obligations, mentions, citations, diagnostics);
    }
}
