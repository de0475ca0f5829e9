package org.w3id.ccgraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.document.SourceReader;

/**
 * A register document as its PDF export reads, written for this test: a cover note whose annex holds the
 * conclusions, running page headers and footers, footnotes printed at page bottoms as "1 text", anchors glued
 * to words and years. The expectations are written from reading the text.
 */
class RegisterLayoutTest {

    private static CouncilText doc;

    @BeforeAll
    static void parse() throws URISyntaxException {
        Path input = Path.of(RegisterLayoutTest.class.getClassLoader().getResource("golden/register-annex-en/input.txt").toURI());
        doc = new StructureParser().parse(new SourceReader().read(input));
    }

    @Test
    void readsTheRegisterHeaderAndTheCoverNoteButNotAsText() {
        assertEquals("register", doc.layout());
        RegisterHeader h = doc.header().register();
        assertEquals("15201/23", h.number().value());
        assertEquals(List.of("COMPET 1102", "IND 555", "RECH 480"), h.codes().stream().map(Field::value).toList());
        assertEquals("OUTCOME OF PROCEEDINGS", h.kind().value());
        assertEquals("14603/23", h.previous().value());
        assertTrue(h.coverNote().value().startsWith("Delegations will find in the annex"), h.coverNote().value());
        assertEquals("3987", h.meeting().value());
        assertEquals(LocalDate.of(2023, 11, 14), doc.header().adopted());
        assertEquals("COUNCIL CONCLUSIONS ON THE RESILIENCE OF CRITICAL SUPPLY CHAINS", doc.header().title().value());
        assertEquals("THE COUNCIL OF THE EUROPEAN UNION", doc.header().speaker().value());
        assertEquals(Header.TextKind.CONCLUSIONS, doc.header().kind());
    }

    @Test
    void findsTheTwoRecitalsTheFourParagraphsAndTheTwoPointsOfTheAnnexedConclusions() {
        assertEquals(List.of("recital/1", "recital/2", "p/1", "p/2", "p/3", "p/3/a", "p/3/b", "p/4"),
                doc.subdivisions().stream().map(Subdivision::path).toList());
        assertEquals("CALLS ON the Member States to map their critical dependencies by the end of 2024 and to report "
                + "annually to the Council on the measures they have taken;", doc.subdivision("2").orElseThrow().text());
    }

    @Test
    void leavesRunningHeadersAndFootersOutOfEveryTextButKeepsOffsetsIntoTheSource() {
        for (Subdivision s : doc.subdivisions()) {
            assertFalse(s.text().matches(".*(15201/23|CDP/FB/nj|COMPET\\.2|LIMITE).*"), s.path() + ": " + s.text());
            assertTrue(s.span().of(doc.source().text()).startsWith(s.text().substring(0, 10)), s.path());
        }
        Subdivision p3 = doc.subdivision("3").orElseThrow();
        assertEquals("INVITES the Commission to:", p3.text());
    }

    @Test
    void readsFootnotesPrintedAtThePageBottomAndTheAnchorsGluedToAYearAndAWord() {
        Map<String, String> anchored = doc.footnotes().stream()
                .collect(Collectors.toMap(Footnote::path, Footnote::anchoredIn));
        assertEquals(Map.of("fn/1", "recital/1", "fn/2", "recital/2", "fn/3", "p/1"), anchored);
        assertEquals(List.of("14603/19.", "OJ L 277, 27.10.2022, p. 1.", "COM(2023) 165 final."),
                doc.footnotes().stream().map(Footnote::text).toList());
        Subdivision r1 = doc.subdivision("recital/1").orElseThrow();
        assertTrue(r1.text().contains("of 29 November 2019 on"), r1.text());
        assertEquals("1", r1.anchors().get(0).span().of(doc.source().text()));
        assertTrue(doc.subdivision("recital/2").orElseThrow().text().endsWith("of the Council;"));
        assertEquals(List.of(), doc.diagnostics());
    }
}
