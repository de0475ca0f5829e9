package org.w3id.ccgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.ccgraph.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.ccgraph.convert.Converter;

/** The shipped queries are the public contract: documented columns and expected rows on 12862/19. */
class QueriesTest {

    private static Dataset dataset;
    private static final String ID = "https://w3id.org/ccgraph/id/";

    /** The bundled document and a resolution in the Official Journal's layout, with recitals, blocks and deadlines. */
    private static Dataset both;

    @BeforeAll
    static void convert() {
        Converter converter = Converter.create().validation(Converter.Validation.SKIP).build();
        dataset = converter.convertBundled().dataset();
        both = converter.convertBundled().dataset();
        both.getDefaultModel().add(converter.convert(Fixtures.corpus("32009G1219-01.txt")).graph());
    }

    /** The rows of a named query on the bundled document as CSV lines (header first). */
    private static List<String> rows(String name) {
        return rows(dataset, name);
    }

    private static List<String> rows(Dataset data, String name) {
        Query q = QueryRunner.parse(QueryCatalog.text(name).orElseThrow());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(data).run(q, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).replace("\r", "").strip().lines().toList();
    }

    static List<String> names() {
        return QueryCatalog.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyQueryNamesItsQuestionAndEachOfItsColumnsInItsHeaderComment(String name) {
        String text = QueryCatalog.text(name).orElseThrow();
        String header = QueryCatalog.description(text);
        assertTrue(header.contains("Columns:"), name + " has no Columns: line");
        for (String column : QueryRunner.parse(text).getResultVars()) {
            assertTrue(header.contains(column), name + " does not document column " + column);
        }
        assertTrue(rows(both, name).size() > 1, name + " returns no rows on the bundled document and a resolution");
    }

    @Test
    void shipsTheQueriesThePublicContractPromises() {
        assertTrue(names().containsAll(List.of("paragraphs", "footnotes", "obligations", "speech-acts", "instruments",
                "organisations", "actor-summary", "provenance", "commission-tasks", "industry-encryption",
                "interpol-icse", "footnote-instruments", "organisation-structure", "force-by-actor", "recitals", "blocks",
                "deadlines")), names().toString());
    }

    @Test
    void obligationsListsOneRowPerObligationAndAddressee() {
        List<String> rows = rows("obligations");
        assertEquals("paragraph,act,force,addressee,addresseeLabel,action", rows.get(0));
        assertEquals(20, rows.size() - 1);
        assertTrue(rows.get(1).startsWith("6,encourages,encouraging," + ID + "actor/member-states,"), rows.get(1));
        assertEquals(2, rows.stream().filter(r -> r.startsWith("8,calls-on,calling,")).count());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("21,calls-for,calling,,,et stærkt engagement")));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("13,urges,urging," + ID + "actor/industry,industry,")));
        assertTrue(rows.get(rows.size() - 1).startsWith("25,encourages,encouraging," + ID + "actor/third-countries,"));
    }

    @Test
    void speechActsListsFortyFourActsInDocumentOrder() {
        List<String> rows = rows("speech-acts");
        assertEquals("paragraph,act,speaker,speakerLabel", rows.get(0));
        assertEquals(44, rows.size() - 1);
        assertEquals("5,reaffirms," + ID + "actor/council,Council of the European Union", rows.get(1));
        assertEquals("25,encourages," + ID + "actor/eu,European Union", rows.get(44));
    }

    @Test
    void instrumentsListsEachInstrumentOnceWithItsIdentifiersAndWhereItIsCited() {
        List<String> rows = rows("instruments");
        assertEquals("instrument,label,type,identifiers,sameAs,citedIn", rows.get(0));
        assertEquals(33, rows.size() - 1);
        String directive = rows.stream().filter(r -> r.startsWith(ID + "instrument/dir-2011-93,")).findFirst().orElseThrow();
        assertTrue(directive.contains("32011L0093") && directive.contains("http://data.europa.eu/eli/dir/2011/93/oj"), directive);
        String lanzarote = rows.stream().filter(r -> r.startsWith(ID + "instrument/lanzarote-convention,")).findFirst().orElseThrow();
        assertEquals(Set.of("7(f)", "25", "fn6", "fn15"), lastCell(lanzarote));
        String council = rows.stream().filter(r -> r.startsWith(ID + "instrument/st-11855-2012,")).findFirst().orElseThrow();
        assertTrue(council.contains("ST 11855 2012 INIT"), council);
    }

    @Test
    void organisationsListsTheActorsWithAuthorityLinksAndParagraphs() {
        List<String> rows = rows("organisations");
        assertEquals("organisation,label,sameAs,paragraphs", rows.get(0));
        assertEquals(31, rows.size() - 1);
        String europol = rows.stream().filter(r -> r.startsWith(ID + "actor/europol,")).findFirst().orElseThrow();
        assertTrue(europol.contains("http://publications.europa.eu/resource/authority/corporate-body/EUROPOL"), europol);
        assertEquals(Set.of("10", "13", "17", "18", "19"), lastCell(europol));
    }

    @Test
    void actorSummaryCountsObligationsPerAddresseeAndAct() {
        assertTrue(rows("actor-summary").contains(ID + "actor/commission,European Commission,calls-on,4"));
        assertTrue(rows("actor-summary").contains(ID + "actor/member-states,Member States of the European Union,encourages,4"));
    }

    @Test
    void provenanceGivesEachObligationItsQuoteAndPosition() {
        List<String> rows = rows("provenance");
        assertEquals("obligation,paragraph,quote,start,end,source", rows.get(0));
        assertTrue(rows.get(1).startsWith(ID + "doc/12862-19/p/6/obligation/1,6,\"tilskynder medlemsstaterne til at deltage"),
                rows.get(1));
        assertEquals(20, rows.size(), "one row per obligation");
    }

    @Test
    void commissionTasksAreTheFourCallsOnTheCommission() {
        List<String> rows = rows("commission-tasks");
        assertEquals(List.of("14", "15", "16", "24"), rows.subList(1, rows.size()).stream().map(r -> r.split(",")[0]).toList());
    }

    @Test
    void industryCallsAndWhetherTheySpeakOfEncryption() {
        List<String> rows = rows("industry-encryption");
        assertEquals(3, rows.size() - 1);
        assertTrue(rows.get(1).startsWith("13,urges,industry,") && rows.get(1).endsWith(",true"), rows.get(1));
        assertTrue(rows.get(3).startsWith("14,calls-on,online service providers,") && rows.get(3).endsWith(",false"));
    }

    @Test
    void interpolAndIcseAreNamedInParagraphsThirteenAndTwentyTwo() {
        List<String> rows = rows("interpol-icse");
        List<String> heads = rows.subList(1, rows.size()).stream().map(r -> r.substring(0, r.indexOf(",\""))).toList();
        assertEquals(List.of("13,INTERPOL", "22,INTERPOL", "22,International Child Sexual Exploitation (ICSE) database"), heads);
    }

    @Test
    void footnoteInstrumentsTieEachFootnoteToItsAnchorAndInstruments() {
        List<String> rows = rows("footnote-instruments");
        assertTrue(rows.contains("1,5," + ID + "instrument/tfeu-art-82,Article 82 of the Treaty on the Functioning of the European Union"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("15,25," + ID + "instrument/lanzarote-convention,")));
    }

    @Test
    void organisationStructureShowsUnitsAndTheMergedAlliance() {
        List<String> rows = rows("organisation-structure");
        assertTrue(rows.contains(ID + "actor/ec3,European Cybercrime Centre (EC3),unitOf," + ID + "actor/europol,Europol"));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(ID + "actor/global-alliance,") && r.contains(",isReplacedBy,"
                + ID + "actor/weprotect-global-alliance,")));
    }

    @Test
    void forceByActorSpreadsTheCallsOverTheAddressees() {
        List<String> rows = rows("force-by-actor");
        assertTrue(rows.contains("industry,urging,1,2"));
        assertTrue(rows.contains("European Commission,calling,2,4"));
    }

    private static Set<String> lastCell(String csvRow) {
        String last = csvRow.substring(csvRow.lastIndexOf(',') + 1).replace("\"", "");
        return new TreeSet<>(Arrays.asList(last.split(" ")));
    }

    @Test
    void recitalsListEachRecitalWithTheActItStates() {
        List<String> rows = rows(both, "recitals");
        assertEquals("document,recital,act,opening,speakers,text", rows.get(0));
        assertEquals(3, rows.size() - 1, rows.toString());
        assertTrue(rows.get(1).startsWith("2009/C 311/01,recital 1,recalling,RECALLING," + ID + "actor/council,"), rows.get(1));
        assertTrue(rows.get(3).startsWith("2009/C 311/01,recital 3,acknowledging,ACKNOWLEDGING,"), rows.get(3));
    }

    @Test
    void blocksListEachHeadingWithItsActAndTheParagraphsUnderIt() {
        List<String> rows = rows(both, "blocks");
        assertEquals("document,block,heading,act,paragraph,text", rows.get(0));
        List<String> invites = rows.stream().filter(r -> r.startsWith("2009/C 311/01,block 7,INVITES THE COMMISSION to,invites,"))
                .toList();
        assertEquals(List.of("block 7, 1", "block 7, 2", "block 7, 3", "block 7, 4"),
                invites.stream().map(r -> r.split(",")[4] + "," + r.split(",")[5]).map(c -> c.replace("\"", "")).toList());
    }

    @Test
    void deadlinesGiveTheLastDayAndTheFrequencyOfObligations() {
        List<String> rows = rows(both, "deadlines");
        assertEquals("document,paragraph,act,addressees,dueBy,deadline,frequency,frequencyText,action", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("12862/19,8,calls-on,") && r.contains(",regular,regelmæssigt,")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("2009/C 311/01,\"block 7, 2\",invites,European Commission,2010-12-31,"
                + "no later than December 2010,")), rows.toString());
    }
}
