package org.w3id.ccgraph.structure;

/**
 * A footnote anchor: superscript digits in the text of a paragraph or sub-point.
 *
 * @param number the footnote number the digits spell
 * @param span   where the digits stand
 */
public record Anchor(int number, Span span) {
}
