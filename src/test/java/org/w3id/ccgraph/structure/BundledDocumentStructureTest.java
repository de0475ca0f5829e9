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

    private static CouncilText doc;

    @BeforeAll
    static void parse() {
        doc = new StructureParser().parse(Converter.bundledText());
    }

    @Test
    void detectsDanish() {
        assertEquals("da", doc.language().code());
    }

    @Test
    void readsTheLayoutOfARegisterDocument() {
        assertEquals("register", doc.layout());
        assertEquals(Header.TextKind.CONCLUSIONS, doc.header().kind());
    }

    @Test
    void readsEveryHeaderField() {
        RegisterHeader h = doc.header().register();
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
        assertEquals(LocalDate.of(2019, 10, 8), h.meetingDate());
        assertEquals(LocalDate.of(2019, 10, 8), doc.header().adopted());
        assertEquals("RÅDETS KONKLUSIONER af 8. oktober 2019 om bekæmpelse af seksuelt misbrug af børn",
                doc.header().title().value());
        assertEquals("12862/19", doc.header().identifier().value());
    }

    @Test
    void findsTwentyFiveParagraphsInOrder() {
        List<String> numbers = doc.paragraphs().stream().map(Subdivision::number).toList();
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toList(), numbers);
        assertEquals(IntStream.rangeClosed(1, 25).mapToObj(n -> "p/" + n).toList(),
                doc.paragraphs().stream().map(Subdivision::path).toList());
    }

    @Test
    void findsTheTenSubPointsOfParagraphSevenDespiteIndentationAndInterleavedFootnotes() {
        List<String> subs = doc.of(Subdivision.Kind.POINT).stream().map(Subdivision::path).toList();
        assertEquals(List.of("p/7/a", "p/7/b", "p/7/c", "p/7/d", "p/7/e", "p/7/f", "p/7/g", "p/7/h", "p/7/i", "p/7/j"), subs);
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                doc.of(Subdivision.Kind.POINT).stream().map(Subdivision::number).toList());
        doc.of(Subdivision.Kind.POINT).forEach(s -> assertEquals("p/7", s.parent()));
        assertEquals("Rådet minder med henblik herpå om", doc.subdivision("7").orElseThrow().text());
        assertTrue(doc.subdivision("p/7/h").orElseThrow().text().startsWith("Protokollen om forebyggelse"));
    }

    @Test
    void findsFifteenFootnotesEachWithTheSubdivisionCarryingItsAnchor() {
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(1, "p/5");
        expected.put(2, "p/7/a");
        expected.put(3, "p/7/d");
        expected.put(4, "p/7/e");
        expected.put(5, "p/7/f");
        expected.put(6, "p/7/f");
        expected.put(7, "p/7/g");
        expected.put(8, "p/7/g");
        expected.put(9, "p/7/i");
        expected.put(10, "p/7/j");
        expected.put(11, "p/22");
        expected.put(12, "p/22");
        expected.put(13, "p/23");
        expected.put(14, "p/23");
        expected.put(15, "p/25");
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
        Subdivision j = doc.subdivision("p/7/j").orElseThrow();
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
    void hasNoParagraphInsideAnotherElementAndNoPreamble() {
        doc.paragraphs().forEach(p -> assertNull(p.parent()));
        assertEquals(List.of(), doc.of(Subdivision.Kind.RECITAL));
        assertNull(doc.header().speaker());
    }
}
