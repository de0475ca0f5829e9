package org.w3id.ccgraph.extract;

/**
 * The element of a text a fact stands in, by its path: a recital, block, paragraph, point or annex ("p/5",
 * "block/2/p/1") or a footnote ("fn/3", "annex/1/fn/2").
 *
 * @param kind subdivision or footnote
 * @param path the path of the element in its document
 */
public record Carrier(Kind kind, String path) {

    /** Subdivision (any element of the text) or footnote. */
    public enum Kind { SUBDIVISION, FOOTNOTE }

    /** An element of the text. */
    public static Carrier subdivision(String path) {
        return new Carrier(Kind.SUBDIVISION, path);
    }

    /** A footnote. */
    public static Carrier footnote(String path) {
        return new Carrier(Kind.FOOTNOTE, path);
    }
}
