package org.w3id.ccgraph.structure;

import java.util.List;
import java.util.Optional;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.document.SourceText;

/**
 * A parsed Council document: its source, language, header, subdivisions in document order, footnotes in
 * number order, and what the parser found wrong without stopping.
 *
 * @param source       the normalised source text
 * @param language     the language of the text, a lexicon code such as "da"
 * @param header       the header fields
 * @param subdivisions paragraphs and sub-points in document order
 * @param footnotes    footnotes in the order they stand
 * @param diagnostics  findings such as numbering gaps
 */
public record ConclusionsDocument(SourceText source, String language, Header header,
                                  List<Subdivision> subdivisions, List<Footnote> footnotes,
                                  List<Diagnostic> diagnostics) {

    public ConclusionsDocument {
        subdivisions = List.copyOf(subdivisions);
        footnotes = List.copyOf(footnotes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The subdivision with a number ("5", "7a"), if any. */
    public Optional<Subdivision> subdivision(String number) {
        return subdivisions.stream().filter(s -> s.number().equals(number)).findFirst();
    }

    /** The paragraphs only, in document order. */
    public List<Subdivision> paragraphs() {
        return subdivisions.stream().filter(s -> s.kind() == Subdivision.Kind.PARAGRAPH).toList();
    }
}
