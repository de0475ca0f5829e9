package org.w3id.ccgraph.structure;

import java.time.LocalDate;

/**
 * The header of a Council text: what it is, its title and date, who speaks, and what its publication
 * prints about it. Any part may be null where the layout does not print it; nothing is invented.
 *
 * @param kind     conclusions, resolution or another kind, from the title
 * @param title    the title as printed (lines joined, markup removed)
 * @param adopted  the date the Council adopted the text (from the covering sentence or the title)
 * @param speaker  the speaker formula opening the preamble ("THE COUNCIL OF THE EUROPEAN UNION,")
 * @param celex    the CELEX number where the page prints one
 * @param register what a Council register document prints in its header, or null
 * @param journal  what the Official Journal prints about the act, or null
 */
public record Header(TextKind kind, Field title, LocalDate adopted, Field speaker, Field celex,
                     RegisterHeader register, JournalHeader journal) {

    /** What kind of text it is. */
    public enum TextKind { CONCLUSIONS, RESOLUTION, OTHER }

    /**
     * The identifier that names the text, the first printed of: the Council document number, the CELEX
     * number, the Official Journal publication number; null when none is printed.
     */
    public Field identifier() {
        if (register != null && register.number() != null) {
            return register.number();
        }
        if (celex != null) {
            return celex;
        }
        return journal != null ? journal.publication() : null;
    }

    /** The Council document number, or null. */
    public Field number() {
        return register == null ? null : register.number();
    }

    /** The date of the document: the register date, else the adoption date. */
    public LocalDate date() {
        return register != null && register.date() != null ? register.date() : adopted;
    }
}
