package org.w3id.ccgraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.document.SourceText;

class StructureParserTest {

    private static ConclusionsDocument parse(String fixture) {
        return new StructureParser().parse(new SourceReader().read(Fixtures.path(fixture)));
    }

    private static ConclusionsDocument parseText(String text) {
        return new StructureParser().parse(new SourceReader().read("inline.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parsesASecondDanishDocumentInTheSameLayoutWithoutCodeChanges() {
        ConclusionsDocument doc = parse("second-document-da.txt");
        assertEquals("9876/21", doc.header().number().value());
        assertEquals("fr", doc.header().originalLanguage().value());
        assertEquals(List.of("JAI 700", "COSI 99"), doc.header().codes().stream().map(Field::value).toList());
        assertEquals("3801", doc.header().meeting().value());
        assertEquals(java.time.LocalDate.of(2021, 6, 10), doc.header().adopted());
        assertEquals("RÅDETS KONKLUSIONER om beskyttelse af ofre", doc.header().title().value());
        assertEquals(List.of("1", "2", "3", "3a", "3b"), doc.subdivisions().stream().map(Subdivision::number).toList());
        assertEquals("Rådet opfordrer Kommissionen til at fremlægge en ny strategi.", doc.subdivision("2").orElseThrow().text());
        assertEquals("1", doc.footnotes().get(0).anchoredIn());
        assertEquals("3b", doc.footnotes().get(1).anchoredIn());
        assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void parsesAnEnglishDocumentWithTheEnglishLayoutLexicon() {
        ConclusionsDocument doc = parse("english-document.txt");
        assertEquals("en", doc.language());
        assertEquals("Brussels", doc.header().place().value());
        assertEquals(java.time.LocalDate.of(2022, 3, 3), doc.header().date());
        assertEquals("General Secretariat of the Council", doc.header().sender().value());
        assertEquals("OUTCOME OF PROCEEDINGS", doc.header().kind().value());
        assertEquals("3850", doc.header().meeting().value());
        assertEquals("COUNCIL CONCLUSIONS ON ONLINE CHILD PROTECTION", doc.header().title().value());
        assertEquals(2, doc.paragraphs().size());
        assertEquals("1", doc.footnotes().get(0).anchoredIn());
    }

    @Test
    void handlesBoldMarkersLinksEscapesIndentationAndFootnotesBetweenSubPoints() {
        ConclusionsDocument doc = parse("artefacts.txt");
        assertEquals("RÅDETS KONKLUSIONER om prøver", doc.header().title().value());
        assertEquals("Rådet henviser til vigtige ting og COM(2016) 871.", doc.subdivision("1").orElseThrow().text());
        assertEquals(List.of("1", "2", "2a", "2b", "2c"), doc.subdivisions().stream().map(Subdivision::number).toList());
        assertEquals("det andet punkt", doc.subdivision("2b").orElseThrow().text());
        assertEquals("Fodnote mellem underpunkter.", doc.footnotes().get(0).text());
        assertEquals("2b", doc.footnotes().get(0).anchoredIn());
        assertEquals("2a", doc.footnotes().get(1).anchoredIn());
        assertEquals("Dok. 11855/12.", doc.footnotes().get(2).text());
        assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void reportsGapsRepeatsDanglingAnchorsAndUnanchoredFootnotesWithLineAndColumn() {
        List<Diagnostic> found = parse("gaps.txt").diagnostics();
        assertDiagnostic(found, Severity.WARNING, "NUMBERING GAP", 11, 1, "expected paragraph 2, found 3");
        assertDiagnostic(found, Severity.ERROR, "NUMBERING REPEAT", 12, 1, "number 3 was used before");
        assertDiagnostic(found, Severity.WARNING, "NUMBERING GAP", 15, 4, "expected sub-point 4b, found 4c");
        assertDiagnostic(found, Severity.WARNING, "ANCHOR WITHOUT FOOTNOTE", 11, 16, "anchor 4");
        assertDiagnostic(found, Severity.WARNING, "FOOTNOTE NEVER ANCHORED", 18, 1, "footnote 2");
        assertEquals(5, found.size(), found.toString());
    }

    private static void assertDiagnostic(List<Diagnostic> found, Severity severity, String title, int line, int column,
                                         String fragment) {
        assertTrue(found.stream().anyMatch(d -> d.severity() == severity && d.title().equals(title)
                        && d.location().line() == line && d.location().column() == column
                        && d.message().contains(fragment)),
                () -> "expected " + title + " at " + line + ":" + column + " (" + fragment + ") in " + found);
    }

    @Test
    void failsOnATextWithoutNumberedParagraphs() {
        InputException e = assertThrows(InputException.class, () -> parse("no-paragraphs.txt"));
        assertEquals(StructureParser.NO_NUMBERED_PARAGRAPHS, e.title());
        assertEquals(1, e.location().line());
        assertTrue(e.getMessage().contains("found none in 8 lines"), e.getMessage());
    }

    @Test
    void failsWhenTheHeaderHasNoDocumentNumber() {
        InputException e = assertThrows(InputException.class,
                () -> parseText("Bruxelles, den 1. marts 2020\n\n1. Rådet noterer.\n"));
        assertEquals(StructureParser.NO_DOCUMENT_NUMBER, e.title());
    }

    @Test
    void readsALineThatStartsWithADateAsTextNotAsAParagraph() {
        ConclusionsDocument doc = parseText("1234/20\n\n1. Rådet minder om mødet\n8. oktober 2019 vedtog det planen.\n");
        assertEquals(1, doc.paragraphs().size());
        assertEquals("Rådet minder om mødet 8. oktober 2019 vedtog det planen.", doc.subdivision("1").orElseThrow().text());
    }

    @Test
    void continuesAParagraphInterruptedByAFootnoteBlock() {
        SourceText text = new SourceReader().read("inline.txt",
                "1234/20\n\n1. Rådet opfordrer¹\n\n¹ Fodnote.\n\nmedlemsstaterne til at handle.\n".getBytes(StandardCharsets.UTF_8));
        ConclusionsDocument doc = new StructureParser().parse(text);
        Subdivision one = doc.subdivision("1").orElseThrow();
        assertEquals("Rådet opfordrer medlemsstaterne til at handle.", one.text());
        assertEquals(2, one.segments().size());
        assertEquals("Fodnote.", doc.footnotes().get(0).text());
    }
}
