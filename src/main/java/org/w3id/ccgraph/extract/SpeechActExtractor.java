package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.LayoutLexicon;
import org.w3id.ccgraph.structure.Span;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Extracts speech acts, obligations, mentions and citations from a parsed text with the lexicon of its
 * language. The authors are those the speaker formula names ("THE COUNCIL AND THE REPRESENTATIVES OF THE
 * GOVERNMENTS ...") or, without one, the default speaker of the lexicon (the Council). Each recital carries
 * the act its opening words express ("Having regard to", "RECALLING").
 *
 * <pre>{@code
 * Extraction found = new SpeechActExtractor(new ActKinds(Set.of("urges", "calls-on"), Set.of())).extract(text);
 * }</pre>
 *
 * Which acts are directive (and so carry obligations) is given by the caller, from the force scheme of the
 * ontology, so that the interpretation lives in one place.
 */
public final class SpeechActExtractor {

    private final ActKinds kinds;

    /** An extractor for which the given speech-act notations are directive. */
    public SpeechActExtractor(Set<String> directive) {
        this(new ActKinds(directive, Set.of()));
    }

    /** An extractor reading the acts as {@code kinds} says. */
    public SpeechActExtractor(ActKinds kinds) {
        this.kinds = kinds;
    }

    /** Everything the lexicon of the text's language finds in it. */
    public Extraction extract(CouncilText doc) {
        ExtractionLexicon lexicon = ExtractionLexicon.of(doc.language());
        List<String> authors = authors(doc, lexicon);
        ElementActs acts = new ElementActs(lexicon, kinds, authors);
        MentionFinder names = new MentionFinder(lexicon);
        LayoutLexicon layout = doc.language().lexicon();
        ElementActs.Found found = new ElementActs.Found();
        List<Mention> mentions = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        String text = doc.source().text();
        Map<String, List<Subdivision>> tree = doc.childrenByParent();
        for (Subdivision el : doc.subdivisions()) {
            TextView view = TextView.of(text, el.segments());
            if (el.kind() == Subdivision.Kind.RECITAL) {
                recital(doc, el, view, layout, authors, found);
            } else if (el.kind() != Subdivision.Kind.ANNEX) {
                acts.find(doc, el, view, found, tree);
            }
            names.find(view, Carrier.subdivision(el.path()), mentions, citations);
        }
        for (Footnote f : doc.footnotes()) {
            names.find(TextView.of(text, f.segments()), Carrier.footnote(f.path()), mentions, citations);
        }
        Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < doc.subdivisions().size(); i++) {
            order.put(doc.subdivisions().get(i).path(), i);
        }
        List<Obligation> obligations = new ArrayList<>(found.obligations);
        obligations.sort(Comparator.comparingInt(o -> order.getOrDefault(o.subdivision(), 0)));
        return new Extraction(found.acts, obligations, mentions, citations, found.diagnostics, authors);
    }

    /** The authors the speaker formula names, or the lexicon's default speaker. */
    static List<String> authors(CouncilText doc, ExtractionLexicon lexicon) {
        List<String> keys = new ArrayList<>();
        if (doc.header().speaker() != null) {
            List<Form> names = lexicon.speakers().stream().filter(s -> s.kind() == ExtractionLexicon.Speaker.Kind.NAME)
                    .map(ExtractionLexicon.Speaker::form).toList();
            List<Token> tokens = Tokens.of(doc.header().speaker().value());
            for (Match m : new FormMatcher(names, w -> true).longest(tokens, 0, tokens.size())) {
                if (!keys.contains(m.key())) {
                    keys.add(m.key());
                }
            }
        }
        if (keys.isEmpty()) {
            lexicon.speakers().stream().filter(s -> s.kind() == ExtractionLexicon.Speaker.Kind.PRONOUN)
                    .map(s -> s.form().key()).findFirst().ifPresent(keys::add);
        }
        return keys;
    }

    /** The act a recital's opening words express, or those of the heading it stands under. */
    private static void recital(CouncilText doc, Subdivision el, TextView view, LayoutLexicon layout,
                                List<String> authors, ElementActs.Found found) {
        String text = doc.source().text();
        LayoutLexicon.Opener opener = layout.openerOf(el.text());
        Span words;
        Span sentence;
        if (opener != null) {
            words = openerSpan(view.tokens(), opener, view, layout);
            sentence = el.span();
        } else if (el.heading() != null && (opener = layout.openerOf(el.heading().of(text))) != null) {
            TextView heading = TextView.of(text, List.of(el.heading()));
            words = openerSpan(heading.tokens(), opener, heading, layout);
            sentence = el.heading();
        } else {
            return;
        }
        found.acts.add(new SpeechAct(el.path(), 1, opener.act(), authors,
                org.w3id.ccgraph.structure.Markup.clean(words.of(text)), sentence, el.span(), List.of(), false));
    }

    /** Where the opener's words stand in a view's tokens (after a lead word such as "and"). */
    private static Span openerSpan(List<Token> tokens, LayoutLexicon.Opener opener, TextView view, LayoutLexicon layout) {
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).word()) {
            first++;
        }
        if (first < tokens.size() && layout.leads().contains(tokens.get(first).text().toLowerCase(java.util.Locale.ROOT))
                && !opener.words().get(0).equals(tokens.get(first).text().toLowerCase(java.util.Locale.ROOT))) {
            first++;
        }
        int last = first;
        int words = 0;
        for (int i = first; i < tokens.size() && words < opener.words().size(); i++) {
            if (tokens.get(i).word()) {
                words++;
                last = i;
            }
        }
        if (first >= tokens.size()) {
            return view.source(0, 0);
        }
        return view.source(tokens.get(first).start(), tokens.get(last).end());
    }
}
