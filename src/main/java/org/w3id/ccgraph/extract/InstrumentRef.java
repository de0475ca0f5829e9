package org.w3id.ccgraph.extract;

/**
 * An instrument cited by its official number, as a citation pattern of the lexicon read it.
 *
 * @param kind   the pattern kind: "directive", "com", "council-document", "treaty-article.tfeu", ...
 * @param year   the year, four digits (two-digit years as printed are widened)
 * @param number the number as printed, without leading zeros
 */
public record InstrumentRef(String kind, int year, String number) {
}
