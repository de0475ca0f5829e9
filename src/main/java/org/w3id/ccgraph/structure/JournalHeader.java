package org.w3id.ccgraph.structure;

import java.time.LocalDate;

/**
 * What the Official Journal prints about an act. Any field may be null where the page does not print it.
 *
 * @param reference   the issue reference as printed ("C 311/1", "Official Journal C 010 , 11/01/1997 P. 0001 - 0002")
 * @param series      the series, "C" or "L"
 * @param issue       the issue number without leading zeros ("311")
 * @param page        the first page without leading zeros ("1")
 * @param date        the date of the issue
 * @param publication the publication number of the act ("2009/C 311/01", "97/C 10/01")
 */
public record JournalHeader(Field reference, String series, String issue, String page, LocalDate date,
                            Field publication) {
}
