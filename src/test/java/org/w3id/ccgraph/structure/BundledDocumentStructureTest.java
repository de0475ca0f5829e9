package org.w3id.ccgraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;

/** Expectations written from reading 12862/19 (Danish), not from the parser's output. */
class BundledDocumentStructureTest {

    private static ConclusionsDocument doc;

    @BeforeAll
    static void parse() {
        doc = new StructureParser().parse(Converter.bundledText());
    }

    @Test
    void detectsDanish() {
        assertEquals("da", doc.language());
    }

    @Test
    void readsEveryHeaderField() {
        Header h = doc.header();
        assertEquals("Bruxelles", h.place().value());
        assertEquals(LocalDate.of(2019, 10, 8), h.date());
        assertEquals("en", h.originalLanguage().value());
        assertEquals("12862/19", h.number().value());
        assertEquals(List.of("ENFOPOL 434", "JAI 1037", "COSI 207", "CATS 117", "JAIEX 148"),
                h.codes().stream().map(Field::value).toList());
        assertEquals("RESULTAT AF DRØFTELSENE", h.kind().value());
        assertEquals("Generalsekretariatet for Rådet", h.sender().value());
        assertEquals(LocalDate.of(2019, 10, 8), h.sentDate());
        assertEquals("delegationerne", h.recipients().value());
        assertEquals("12326/19 + COR 1", h.previous().value());
        assertEquals("Rådets konklusioner om bekæmpelse af seksuelt misbrug af børn – Rådets konklusioner "
                + "(8. oktober 2019)", h.subject().value());
        assertEquals("3717", h.meeting().value());
        assertEquals(LocalDate.of(2019, 10, 8), h.adopted());
        assertEquals("RÅDETS KONKLUSIONER af 8. oktober 2019 om bekæmpelse af seksuelt misbrug af børn",
                h.title().value());
    }

    @Test
    void findsTwentyFiveParagraphsInOrder() {
        List<String> numbers = doc.paragraphs().stream().map(Subdivision::number).toList();
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toList(), numbers);
    }

    @Test
    void findsTheTenSubPointsOfParagraphSevenDespiteIndentationAndInterleavedFootnotes() {
        List<String> subs = doc.subdivisions().stream().filter(s -> s.kind() == Subdivision.Kind.SUBPOINT)
                .map(Subdivision::number).toList();
        assertEquals(List.of("7a", "7b", "7c", "7d", "7e", "7f", "7g", "7h", "7i", "7j"), subs);
        doc.subdivisions().stream().filter(s -> s.kind() == Subdivision.Kind.SUBPOINT)
                .forEach(s -> assertEquals("7", s.parent()));
        assertEquals("Rådet minder med henblik herpå om", doc.subdivision("7").orElseThrow().text());
        assertTrue(doc.subdivision("7h").orElseThrow().text().startsWith("Protokollen om forebyggelse"));
    }

    @Test
    void findsFifteenFootnotesEachWithTheSubdivisionCarryingItsAnchor() {
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(1, "5");
        expected.put(2, "7a");
        expected.put(3, "7d");
        expected.put(4, "7e");
        expected.put(5, "7f");
        expected.put(6, "7f");
        expected.put(7, "7g");
        expected.put(8, "7g");
        expected.put(9, "7i");
        expected.put(10, "7j");
        expected.put(11, "22");
        expected.put(12, "22");
        expected.put(13, "23");
        expected.put(14, "23");
        expected.put(15, "25");
        Map<Integer, String> actual = doc.footnotes().stream()
                .collect(Collectors.toMap(Footnote::number, Footnote::anchoredIn, (a, b) -> a, LinkedHashMap::new));
        assertEquals(expected, actual);
    }

    @Test
    void cleansFootnoteTextOfLinkMarkupAndEscapes() {
        Footnote two = doc.footnotes().stream().filter(f -> f.number() == 2).findFirst().orElseThrow();
        assertEquals("COM(2016) 871 og COM(2016) 872.", two.text());
        Footnote four = doc.footnotes().stream().filter(f -> f.number() == 4).findFirst().orElseThrow();
        assertEquals("Dok. 11855/12.", four.text());
    }

    @Test
    void removesAnchorsFromTheTextButKeepsThemWithTheirOffsets() {
        Subdivision j = doc.subdivision("7j").orElseThrow();
        assertTrue(j.text().contains("i 2017 til fortsat"), j.text());
        assertEquals(1, j.anchors().size());
        assertEquals(10, j.anchors().get(0).number());
        assertEquals("\u00b9\u2070", j.anchors().get(0).span().of(doc.source().text()));
    }

    @Test
    void keepsOffsetsThatPointAtTheRawTextOfEachElement() {
        String text = doc.source().text();
        Subdivision five = doc.subdivision("5").orElseThrow();
        assertTrue(five.span().of(text).startsWith("På denne baggrund"));
        Footnote one = doc.footnotes().get(0);
        assertEquals("\u00b9", one.marker().of(text));
        assertTrue(one.span().of(text).endsWith("(konsolideret udgave)."));
    }

    @Test
    void reportsNothingWrongWithTheBundledDocument() {
        assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void hasNoSubPointWithoutParent() {
        doc.paragraphs().forEach(p -> assertNull(p.parent()));
    }
}
