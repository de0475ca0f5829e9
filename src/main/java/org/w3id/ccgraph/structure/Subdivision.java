package org.w3id.ccgraph.structure;

import java.util.List;

/**
 * A numbered paragraph or a lettered sub-point.
 *
 * @param kind     paragraph or sub-point
 * @param number   the number that identifies it within the document: "5" for a paragraph, "7a" for a sub-point
 * @param label    the label as printed: "5" or "a"
 * @param marker   where the label stands in the source
 * @param parent   the number of the paragraph a sub-point belongs to, or null for a paragraph
 * @param text     the text without its number, markup and footnote anchors
 * @param segments the source ranges of its text, more than one where footnotes interrupt it
 * @param anchors  the footnote anchors in its text, in order
 */
public record Subdivision(Kind kind, String number, String label, Span marker, String parent, String text,
                          List<Span> segments, List<Anchor> anchors) {

    /** Paragraph or sub-point. */
    public enum Kind { PARAGRAPH, SUBPOINT }

    public Subdivision {
        segments = List.copyOf(segments);
        anchors = List.copyOf(anchors);
    }

    /** The range from the start of its first segment to the end of its last. */
    public Span span() {
        return new Span(segments.get(0).start(), segments.get(segments.size() - 1).end());
    }
}
