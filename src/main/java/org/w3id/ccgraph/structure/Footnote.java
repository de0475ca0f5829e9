package org.w3id.ccgraph.structure;

import java.util.List;

/**
 * A footnote and the element that carries its anchor. Footnotes are numbered per part of the text: the
 * main text and each annex may have their own footnote 1.
 *
 * @param path       its place: "fn/3" in the main text, "annex/1/fn/3" in an annex
 * @param number     the footnote number
 * @param text       its text without markup
 * @param segments   the source ranges of its text (after the marker)
 * @param marker     where its number stands
 * @param anchoredIn the path of the element carrying its first anchor, or null if none does
 */
public record Footnote(String path, int number, String text, List<Span> segments, Span marker, String anchoredIn) {

    public Footnote {
        segments = List.copyOf(segments);
    }

    /** The range from the marker to the end of the text. */
    public Span span() {
        return new Span(marker.start(), segments.isEmpty() ? marker.end() : segments.get(segments.size() - 1).end());
    }

    /** The part of the text it stands in: "" for the main text, "annex/N" inside annex N. */
    public String part() {
        return Paths.part(path);
    }
}
