package org.w3id.ccgraph.structure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.document.SourceText;

/**
 * A parsed Council text (conclusions, a resolution): its source, language, layout, header, elements in
 * document order (recitals, blocks, paragraphs, points, annexes), footnotes, and what the parser found wrong
 * without stopping.
 *
 * @param source       the normalised source text
 * @param language     the language of the text
 * @param layout       the layout it was read in ("register", "oj", "eurlex", "plain")
 * @param detection    how language and layout were decided, for the record ("language da detected (31% function
 *                     words); layout register detected (5 signs)")
 * @param header       the header
 * @param subdivisions the elements in document order
 * @param footnotes    footnotes in the order they stand
 * @param diagnostics  findings such as numbering gaps
 */
public record CouncilText(SourceText source, Language language, String layout, String detection, Header header,
                          List<Subdivision> subdivisions, List<Footnote> footnotes, List<Diagnostic> diagnostics) {

    public CouncilText {
        subdivisions = List.copyOf(subdivisions);
        footnotes = List.copyOf(footnotes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The elements by path. */
    public Map<String, Subdivision> byPath() {
        return subdivisions.stream().collect(Collectors.toMap(Subdivision::path, Function.identity(), (a, b) -> a));
    }

    /** The element at a path ("5" is read as "p/5"), if any. */
    public Optional<Subdivision> subdivision(String path) {
        String p = path.contains("/") ? path : "p/" + path;
        return subdivisions.stream().filter(s -> s.path().equals(p)).findFirst();
    }

    /** The paragraphs only, in document order. */
    public List<Subdivision> paragraphs() {
        return subdivisions.stream().filter(s -> s.kind() == Subdivision.Kind.PARAGRAPH).toList();
    }

    /** The elements of a kind, in document order. */
    public List<Subdivision> of(Subdivision.Kind kind) {
        return subdivisions.stream().filter(s -> s.kind() == kind).toList();
    }

    /** The direct children of an element, in document order (a scan: use {@link #childrenByParent()} in loops). */
    public List<Subdivision> children(String path) {
        return subdivisions.stream().filter(s -> path.equals(s.parent())).toList();
    }

    /** The direct children of every element, by the element's path, in document order. */
    public Map<String, List<Subdivision>> childrenByParent() {
        return subdivisions.stream().filter(s -> s.parent() != null)
                .collect(Collectors.groupingBy(Subdivision::parent, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
