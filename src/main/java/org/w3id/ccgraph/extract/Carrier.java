package org.w3id.ccgraph.extract;

/**
 * The element of a document a fact stands in: a paragraph or sub-point (by its number, "5", "7a") or a
 * footnote (by its number).
 *
 * @param kind   subdivision or footnote
 * @param number the subdivision number or the footnote number as text
 */
public record Carrier(Kind kind, String number) {

    /** Subdivision (paragraph or sub-point) or footnote. */
    public enum Kind { SUBDIVISION, FOOTNOTE }

    /** A paragraph or sub-point. */
    public static Carrier subdivision(String number) {
        return new Carrier(Kind.SUBDIVISION, number);
    }

    /** A footnote. */
    public static Carrier footnote(int number) {
        return new Carrier(Kind.FOOTNOTE, Integer.toString(number));
    }
}
