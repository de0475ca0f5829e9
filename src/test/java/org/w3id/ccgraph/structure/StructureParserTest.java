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
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.document.SourceText;

class StructureParserTest {

    private static CouncilText parse(String fixture) {
        return new StructureParser().parse(new SourceReader().read(Fixtures.path(fixture)));
    }

    private static CouncilText parseText(String text) {
        return new StructureParser().parse(new SourceReader().read("inline.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void parsesASecondDanishDocumentInTheSameLayoutWithoutCodeChanges() {
        CouncilText doc = parse("second-document-da.txt");
        assertEquals("9876/21", doc.header().number().value());
        assertEquals("fr", doc.header().register().originalLanguage().value());
        assertEquals(List.of("JAI 700", "COSI 99"), doc.header().register().codes().stream().map(Field::value).toList());
        assertEquals("3801", doc.header().register().meeting().value());
        assertEquals(java.time.LocalDate.of(2021, 6, 10), doc.header().adopted());
        assertEquals("RÅDETS KONKLUSIONER om beskyttelse af ofre", doc.header().title().value());
        assertEquals(List.of("p/1", "p/2", "p/3", "p/3/a", "p/3/b"), doc.subdivisions().stream().map(Subdivision::path).toList());
        assertEquals("Rådet opfordrer Kommissionen til at fremlægge en ny strategi.", doc.subdivision("2").orElseThrow().text());
        assertEquals("p/1", doc.footnotes().get(0).anchoredIn());
        assertEquals("p/3/b", doc.footnotes().get(1).anchoredIn());
        assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void parsesAnEnglishDocumentWithTheEnglishLayoutLexicon() {
        CouncilText doc = parse("english-document.txt");
        assertEquals("en", doc.language().code());
        assertEquals("Brussels", doc.header().register().place().value());
        assertEquals(java.time.LocalDate.of(2022, 3, 3), doc.header().date());
        assertEquals("General Secretariat of the Council", doc.header().register().sender().value());
        assertEquals("OUTCOME OF PROCEEDINGS", doc.header().register().kind().value());
        assertEquals("3850", doc.header().register().meeting().value());
        assertEquals("COUNCIL CONCLUSIONS ON ONLINE CHILD PROTECTION", doc.header().title().value());
        assertEquals(2, doc.paragraphs().size());
        assertEquals("p/1", doc.footnotes().get(0).anchoredIn());
    }

    @Test
    void handlesBoldMarkersLinksEscapesIndentationAndFootnotesBetweenSubPoints() {
        CouncilText doc = parse("artefacts.txt");
        assertEquals("RÅDETS KONKLUSIONER om prøver", doc.header().title().value());
        assertEquals("Rådet henviser til vigtige ting og COM(2016) 871.", doc.subdivision("1").orElseThrow().text());
        assertEquals(List.of("p/1", "p/2", "p/2/a", "p/2/b", "p/2/c"), doc.subdivisions().stream().map(Subdivision::path).toList());
        assertEquals("det andet punkt", doc.subdivision("p/2/b").orElseThrow().text());
        assertEquals("Fodnote mellem underpunkter.", doc.footnotes().get(0).text());
        assertEquals("p/2/b", doc.footnotes().get(0).anchoredIn());
        assertEquals("p/2/a", doc.footnotes().get(1).anchoredIn());
        assertEquals("Dok. 11855/12.", doc.footnotes().get(2).text());
        assertEquals(List.of(), doc.diagnostics());
    }

    @Test
    void reportsGapsRepeatsDanglingAnchorsAndUnanchoredFootnotesWithLineAndColumn() {
        List<Diagnostic> found = parse("gaps.txt").diagnostics();
        assertDiagnostic(found, Severity.WARNING, Title.NUMBERING_GAP, 11, 1, "expected 2, found 3");
        assertDiagnostic(found, Severity.WARNING, Title.NUMBERING_REPEAT, 12, 1, "number 3 does not follow on after 3");
        assertDiagnostic(found, Severity.WARNING, Title.NUMBERING_GAP, 15, 4, "expected (b), found c (4(c))");
        assertDiagnostic(found, Severity.WARNING, Title.ANCHOR_WITHOUT_FOOTNOTE, 11, 16, "anchor 4");
        assertDiagnostic(found, Severity.WARNING, Title.FOOTNOTE_NEVER_ANCHORED, 18, 1, "footnote 2");
        assertEquals(5, found.size(), found.toString());
    }

    private static void assertDiagnostic(List<Diagnostic> found, Severity severity, Title title, int line, int column,
                                         String fragment) {
        assertTrue(found.stream().anyMatch(d -> d.severity() == severity && d.title() == title
                        && d.location().line() == line && d.location().column() == column
                        && d.message().contains(fragment)),
                () -> "expected " + title + " at " + line + ":" + column + " (" + fragment + ") in " + found);
    }

    @Test
    void failsOnATextWithoutNumberedParagraphs() {
        InputException e = assertThrows(InputException.class, () -> parse("no-paragraphs.txt"));
        assertEquals(Title.NO_NUMBERED_PARAGRAPHS, e.title());
        assertEquals(1, e.location().line());
        assertTrue(e.getMessage().contains("found none in 8 lines"), e.getMessage());
    }

    @Test
    void warnsWhenTheHeaderPrintsNoIdentifierAndReadsTheTextAnyway() {
        CouncilText doc = parseText("Bruxelles, den 1. marts 2020\n\n1. Rådet noterer sig dette og hint.\n");
        assertEquals(null, doc.header().identifier());
        assertEquals(1, doc.paragraphs().size());
        assertDiagnostic(doc.diagnostics(), Severity.WARNING, Title.NO_IDENTIFIER, 1, 1, "SHA-256");
    }

    @Test
    void keepsARepeatedNumberAsAnElementOfItsOwn() {
        CouncilText doc = parse("gaps.txt");
        assertEquals(List.of("p/1", "p/3", "p/3-2", "p/4", "p/4/a", "p/4/c"),
                doc.subdivisions().stream().map(Subdivision::path).toList());
    }

    @Test
    void readsALineThatStartsWithADateAsTextNotAsAParagraph() {
        CouncilText doc = parseText("1234/20\n\n1. Rådet minder om mødet\n8. oktober 2019 vedtog det planen.\n");
        assertEquals(1, doc.paragraphs().size());
        assertEquals("Rådet minder om mødet 8. oktober 2019 vedtog det planen.", doc.subdivision("1").orElseThrow().text());
    }

    @Test
    void continuesAParagraphInterruptedByAFootnoteBlock() {
        SourceText text = new SourceReader().read("inline.txt",
                "1234/20\n\n1. Rådet opfordrer¹\n\n¹ Fodnote.\n\nmedlemsstaterne til at handle.\n".getBytes(StandardCharsets.UTF_8));
        CouncilText doc = new StructureParser().parse(text);
        Subdivision one = doc.subdivision("1").orElseThrow();
        assertEquals("Rådet opfordrer medlemsstaterne til at handle.", one.text());
        assertEquals(2, one.segments().size());
        assertEquals("Fodnote.", doc.footnotes().get(0).text());
    }

    @Test
    void aPressReleaseQuotingTheConclusionsKeepsItsTitleLineAndFindsTheQuotedSpeakerFormula() {
        CouncilText doc = parseText("""
                Council of the European Union
                Press release 512/23
                26 June 2023

                Council conclusions on the fight against organised crime

                The Council adopted the following conclusions:

                "THE COUNCIL OF THE EUROPEAN UNION

                RECALLING the EU Strategy to tackle Organised Crime 2021-2025;

                1. CALLS ON the Member States to step up their cooperation with Europol;

                2. INVITES the Commission to present an evaluation of the Strategy."
                """);
        assertEquals("Council conclusions on the fight against organised crime", doc.header().title().value());
        assertEquals(Header.TextKind.CONCLUSIONS, doc.header().kind());
        assertEquals("THE COUNCIL OF THE EUROPEAN UNION", doc.header().speaker().value());
        assertEquals(1, doc.of(Subdivision.Kind.RECITAL).size());
        assertEquals(List.of("p/1", "p/2"), doc.paragraphs().stream().map(Subdivision::path).toList());
    }

    @Test
    void aPrintedJournalCopyWithItsFieldsOnOneLineAndRunningPageHeadsIsReadInTheJournalLayout() {
        CouncilText doc = parseText("""
                26.2.2021	DA	Den Europæiske Unions Tidende	C 66/1

                RÅDETS RESOLUTION

                om en strategisk ramme for europæisk samarbejde på uddannelsesområdet

                (2021/C 66/01)

                RÅDET FOR DEN EUROPÆISKE UNION,

                ER ENIGT OM:

                1.

                I perioden frem til 2030 vil det europæiske samarbejde foregå inden for en strategisk ramme, som
                C 66/2	DA	Den Europæiske Unions Tidende	26.2.2021
                bygger på de fem prioriteter.

                2.

                Medlemsstaterne opfordres til at samarbejde.
                """);
        assertEquals("oj", doc.layout());
        assertEquals("2021/C 66/01", doc.header().identifier().value());
        assertEquals(java.time.LocalDate.of(2021, 2, 26), doc.header().journal().date());
        assertEquals("C 66/1", doc.header().journal().reference().value());
        assertEquals("RÅDETS RESOLUTION om en strategisk ramme for europæisk samarbejde på uddannelsesområdet",
                doc.header().title().value());
        Subdivision first = doc.subdivisions().stream().filter(s -> s.path().endsWith("p/1")).findFirst().orElseThrow();
        assertEquals("I perioden frem til 2030 vil det europæiske samarbejde foregå inden for en strategisk ramme, som "
                + "bygger på de fem prioriteter.", first.text());
    }

    @Test
    void numberedSectionHeadingsOpenBlocksAndTheParagraphsUnderThemRunOn() {
        CouncilText doc = parseText("""
                Council conclusions on the fight against firearms trafficking

                I. INTRODUCTION

                1. The Council RECALLS the EU Action Plan on firearms trafficking.

                2. The Council NOTES that firearms trafficking remains a threat.

                II. OPERATIONAL COOPERATION

                3. The Council CALLS ON the Member States to:
                a) make full use of Europol;
                b) share information.

                4. The Council INVITES the Commission to present a report.
                """);
        assertEquals(List.of("block/1", "block/1/p/1", "block/1/p/2", "block/2", "block/2/p/3", "block/2/p/3/a",
                "block/2/p/3/b", "block/2/p/4"), doc.subdivisions().stream().map(Subdivision::path).toList());
        assertEquals("II", doc.subdivision("block/2").orElseThrow().number());
        assertEquals("OPERATIONAL COOPERATION", doc.subdivision("block/2").orElseThrow().text());
        assertEquals(List.of(Title.NO_IDENTIFIER), doc.diagnostics().stream().map(Diagnostic::title).toList());
    }

    @Test
    void anUnnumberedParagraphBeforeTheNumberedOnesLeavesThemTheirPrintedNumbers() {
        CouncilText doc = parseText("""
                Council conclusions on drugs

                THE COUNCIL OF THE EUROPEAN UNION

                STRESSES that drug trafficking is a serious threat to internal security;

                1. CALLS ON the Member States to step up their cooperation with Europol:
                (a) by sharing information;
                (b) by joint investigations;

                2. INVITES the Commission to present an evaluation.
                """);
        assertEquals(List.of("p/u1", "p/1", "p/1/a", "p/1/b", "p/2"),
                doc.subdivisions().stream().map(Subdivision::path).toList());
        assertEquals("p/1", doc.subdivision("p/1/b").orElseThrow().parent());
    }
}
