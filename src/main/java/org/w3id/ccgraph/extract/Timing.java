package org.w3id.ccgraph.extract;

import java.time.LocalDate;
import org.w3id.ccgraph.structure.Span;

/**
 * When an obligation is due, or how often it recurs, as the text says it.
 *
 * @param kind   deadline or frequency
 * @param due    for a deadline, the last day it allows ("by the end of 2020" is 2020-12-31); else null
 * @param period for a frequency, its period code (ANNUAL, BIENNIAL, REGULAR ...); else null
 * @param text   the words as printed ("by the end of 2020", "annually")
 * @param span   where they stand
 */
public record Timing(Kind kind, LocalDate due, String period, String text, Span span) {

    /** Deadline or frequency. */
    public enum Kind { DEADLINE, FREQUENCY }
}
