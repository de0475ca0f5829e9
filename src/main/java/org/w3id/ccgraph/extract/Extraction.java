package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.Diagnostic;

/**
 * What the extractor found in one document.
 *
 * @param acts        speech acts in document order
 * @param obligations obligations in document order
 * @param mentions    actor mentions in document order
 * @param citations   instrument citations in document order
 * @param diagnostics findings such as a directive act without addressee
 * @param authors     the actor keys of the text's authors (from the speaker formula, else the default speaker)
 */
public record Extraction(List<SpeechAct> acts, List<Obligation> obligations, List<Mention> mentions,
                         List<Citation> citations, List<Diagnostic> diagnostics, List<String> authors) {

    public Extraction {
        acts = List.copyOf(acts);
        obligations = List.copyOf(obligations);
        mentions = List.copyOf(mentions);
        citations = List.copyOf(citations);
        diagnostics = List.copyOf(diagnostics);
        authors = List.copyOf(authors);
    }
}
