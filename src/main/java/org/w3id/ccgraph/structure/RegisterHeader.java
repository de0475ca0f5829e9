package org.w3id.ccgraph.structure;

import java.time.LocalDate;
import java.util.List;

/**
 * The header of a Council register document. Any field may be null where the document does not print it.
 *
 * @param place            where it was issued ("Brussels")
 * @param date             the date printed with the place
 * @param originalLanguage the original language code printed as "(OR. en)", lower case
 * @param number           the document number, e.g. "1234/20"
 * @param codes            classification codes such as "JAI 123"
 * @param kind             the kind of document as printed ("OUTCOME OF PROCEEDINGS")
 * @param sender           the "from" field
 * @param sentDate         the "date" field
 * @param recipients       the "to" field
 * @param previous         the previous document field ("12326/19 + COR 1")
 * @param subject          the subject field
 * @param coverNote        the covering sentence before the text
 * @param meeting          the number of the Council meeting that adopted the text, from the cover note
 * @param meetingDate      the date of that meeting, from the cover note
 */
public record RegisterHeader(Field place, LocalDate date, Field originalLanguage, Field number, List<Field> codes,
                             Field kind, Field sender, LocalDate sentDate, Field recipients, Field previous,
                             Field subject, Field coverNote, Field meeting, LocalDate meetingDate) {

    public RegisterHeader {
        codes = List.copyOf(codes);
    }
}
