package org.w3id.ccgraph.structure;

import java.util.List;

/**
 * An element of a Council text below the document: a recital of the preamble, a headed block of the
 * operative part, a paragraph, a point or an indent at any depth, or an annex.
 *
 * @param kind     what it is
 * @param path     its place, unique in the document and readable: "recital/2", "p/5", "p/7/a",
 *                 "block/3/p/1", "annex/1/p/4/indent-2"
 * @param number   its number or letter as printed ("5", "a", "iii", "II"), or null when it has none
 * @param parent   the path of the element it belongs to, or null when it belongs to the document
 * @param marker   where its printed number stands, or null
 * @param text     its text without number, markup and footnote anchors
 * @param segments the source ranges of its text (more than one where footnotes or page furniture interrupt it)
 * @param anchors  the footnote anchors in its text, in order
 * @param heading  for a recital listed under a heading ("RECALLING"), where that heading stands; else null
 */
public record Subdivision(Kind kind, String path, String number, String parent, Span marker, String text,
                          List<Span> segments, List<Anchor> anchors, Span heading) {

    /** What an element is. */
    public enum Kind { RECITAL, BLOCK, PARAGRAPH, POINT, INDENT, ANNEX }

    public Subdivision {
        segments = List.copyOf(segments);
        anchors = List.copyOf(anchors);
    }

    /** The range from the start of its first segment to the end of its last (its marker when it has no text). */
    public Span span() {
        if (segments.isEmpty()) {
            return marker != null ? marker : new Span(0, 0);
        }
        return new Span(segments.get(0).start(), segments.get(segments.size() - 1).end());
    }

    /** The part of the text it stands in: "" for the main text, "annex/N" inside annex N. */
    public String part() {
        return Paths.part(path);
    }
}
