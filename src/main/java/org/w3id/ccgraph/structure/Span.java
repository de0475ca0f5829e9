package org.w3id.ccgraph.structure;

/**
 * A half-open range [start, end) of {@code char} offsets in the normalised source text.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** Whether {@code other} lies inside this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }
}
