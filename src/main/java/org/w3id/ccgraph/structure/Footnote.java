package org.w3id.ccgraph.structure;

import java.util.List;

/**
 * A footnote and the subdivision that carries its anchor.
 *
 * @param number     the footnote number
 * @param text       its text without markup
 * @param segments   the source ranges of its text (after the marker)
 * @param marker     where its superscript marker stands
 * @param anchoredIn the number of the paragraph or sub-point carrying its anchor, or null if none does
 */
public record Footnote(int number, String text, List<Span> segments, Span marker, String anchoredIn) {

    public Footnote {
        segments = List.copyOf(segments);
    }

    /** The range from the marker to the end of the text. */
    public Span span() {
        return new Span(marker.start(), segments.get(segments.size() - 1).end());
    }
}
