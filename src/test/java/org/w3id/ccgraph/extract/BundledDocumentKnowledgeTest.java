package org.w3id.ccgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.StructureParser;

/**
 * What 12862/19 says, written from reading the Danish text paragraph by paragraph, compared exactly in
 * both directions: a missing and an unexpected entry both fail, and the message lists them.
 */
class BundledDocumentKnowledgeTest {

    private static final ActKinds KINDS = new ActKinds(Set.of("urges", "calls-on", "calls-for", "encourages", "invites"),
            Set.of("calls-for"));
    private static Extraction found;
    private static CouncilText doc;

    @BeforeAll
    static void extract() {
        doc = new StructureParser().parse(Converter.bundledText());
        found = new SpeechActExtractor(KINDS).extract(doc);
    }

    /** Speech acts: paragraph, act, speaker, in document order. */
    private static final List<String> ACTS = List.of(
            "5 reaffirms council",                                   // bekræfter Rådet på ny
            "6 welcomes council", "6 recognises council",            // glæder Rådet sig over ..., og anerkender
            "6 encourages council",                                  // Rådet tilskynder medlemsstaterne
            "7 recalls council",                                     // Rådet minder med henblik herpå om (a-j)
            "8 calls-on council",                                    // Rådet opfordrer EU og dets medlemsstater
            "9 recognises council",
            "10 reiterates council", "10 calls-on council",          // gentager ... og opfordrer
            "10 highlights council", "10 recalls council",           // fremhæver; minder Rådet om (not "hvor det understreger")
            "11 encourages council",                                 // I denne forbindelse tilskynder Rådet
            "12 considers council", "12 notes council",              // anser; bemærker Rådet
            "13 urges council", "13 underlines council", "13 urges council",
            "14 notes-with-concern council", "14 calls-on council", "14 calls-on council", // Det opfordrer
            "14 highlights council", "14 encourages council",
            "15 recognises council", "15 calls-on council",
            "16 welcomes council", "16 calls-on council", "16 calls-on council",
            "17 welcomes council", "17 urges council",               // opfordrer dem indtrængende
            "18 welcomes council", "18 highlights council", "18 calls-on council",
            "19 underlines council", "19 underlines council",
            "20 underlines council", "20 welcomes council",          // ser ... positivt på
            "21 recognises council", "21 calls-for council",       // opfordrer til et stærkt engagement: a call for, not on
            "22 recalls council", "22 urges council",
            "23 welcomes council",                                   // hilser ... velkommen
            "24 encourages council", "24 calls-on council",
            "25 encourages eu");                                     // EU tilskynder tredjelande

    /** Obligations: paragraph, act, addressees. */
    private static final List<String> OBLIGATIONS = List.of(
            "6 encourages [member-states]",
            "8 calls-on [eu, member-states]",
            "10 calls-on [competent-authorities]",
            "11 encourages [member-states]",
            "13 urges [industry]", "13 urges [industry]",
            "14 calls-on [online-service-providers]", "14 calls-on [commission]", "14 encourages [member-states]",
            "15 calls-on [commission]",
            "16 calls-on [member-states]", "16 calls-on [commission]",
            "17 urges [competent-authorities]",
            "18 calls-on [ec3]",
            "21 calls-for []",                                     // a call for something names no addressee
            "22 urges [competent-authorities]",
            "24 encourages [member-states]", "24 calls-on [commission]",
            "25 encourages [third-countries]");

    /** Instruments and where each is cited (S = paragraph or sub-point, F = footnote). */
    private static final Map<String, String> INSTRUMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry("tfeu", "F1"), Map.entry("tfeu-art-82", "F1"), Map.entry("tfeu-art-83", "F1"),
            Map.entry("dir-2011-93", "S7a"), Map.entry("com-2016-871", "F2"), Map.entry("com-2016-872", "F2"),
            Map.entry("dir-2012-29", "S7b"), Map.entry("dir-2011-36", "S7c"),
            Map.entry("com-2015-185", "F3 S7d"), Map.entry("st-9798-2015", "F3"),
            Map.entry("st-11855-2012", "F4 S7e"), Map.entry("un-2030-agenda", "F5 S7f"),
            Map.entry("lanzarote-convention", "F15 F6 S25 S7f"),
            Map.entry("ecosoc-resolution-2019-child-sexual-exploitation-online", "F7 S7g"),
            Map.entry("crc", "F8 S7g"), Map.entry("crc-opsc", "F8 S7g"),
            Map.entry("palermo-trafficking-protocol", "S7h"), Map.entry("untoc", "S7h"),
            Map.entry("st-10607-2012", "F9 S7i"), Map.entry("st-14027-2018", "F10 S7j"),
            Map.entry("eu-gender-action-plan-ii", "S7j"),
            Map.entry("council-conclusions-2019-06-data-retention", "S10"),
            Map.entry("eu-charter-fundamental-rights", "S10"),
            Map.entry("empact", "S17"), Map.entry("eu-policy-cycle", "S17"),
            Map.entry("victim-identification-taskforce", "S17"),
            Map.entry("cepol-training-programme", "S20"),
            Map.entry("icse-database", "S22"),
            Map.entry("global-alliance-declaration", "F11 S22"),
            Map.entry("global-alliance-report-2013", "F12"), Map.entry("global-alliance-report-2015", "F12"),
            Map.entry("model-national-response", "F13 S23"), Map.entry("global-threat-assessment-2018", "F14 S23")));

    /** Actors and the paragraphs and footnotes naming them. */
    private static final Map<String, String> MENTIONS = new TreeMap<>(Map.ofEntries(
            Map.entry("anti-trafficking-coordinator", "S7c"),
            Map.entry("cepol", "S20"),
            Map.entry("civil-society", "S14 S15 S23"),
            Map.entry("commission", "S14 S15 S16 S24 S7a"),
            Map.entry("competent-authorities", "S10 S12 S13 S17 S18 S22"),
            Map.entry("council", "F3 S10 S11 S12 S13 S14 S15 S16 S17 S18 S19 S20 S21 S22 S23 S24 S5 S6 S7 S7a S7i S7j S8 S9"),
            Map.entry("council-of-europe", "F15 F6 S25 S7f"),
            Map.entry("ec3", "S18"),
            // Not F1, S7b, S7c: there the only "EU" stands inside an identifier ("direktiv 2012/29/EU",
            // "direktiv 2011/36/EU", "Artikel 82 og 83 i traktaten om Den Europæiske Unions funktionsmåde"),
            // which names an instrument, not the actor; earlier expectations counted them.
            Map.entry("eu", "F3 S10 S25 S5 S7a S7d S7e S7f S7j S8"),
            Map.entry("eurojust", "S10 S19"),
            Map.entry("european-parliament", "S7a"),
            Map.entry("europol", "S10 S13 S17 S18 S19"),
            Map.entry("global-alliance", "F11 F12 S22 S7i"),
            Map.entry("governments", "S15 S23"),
            Map.entry("industry", "S12 S13 S14 S15 S23"),
            Map.entry("inhope-hotlines", "S14"),
            Map.entry("internet-service-providers", "S13"),
            Map.entry("interpol", "S13 S22"),
            Map.entry("jha-council", "S10"),
            Map.entry("judicial-authorities", "S19 S23"),
            Map.entry("law-enforcement-authorities", "S13 S15 S20 S23 S3"),
            Map.entry("member-states", "S11 S14 S16 S17 S18 S22 S24 S5 S6 S7a S7f S7j S8"),
            Map.entry("online-platforms", "S12 S8"),
            Map.entry("online-service-providers", "S14"),
            Map.entry("stakeholders", "S13 S21 S6"),                 // S6: "centrale interessenters engagement"
            Map.entry("third-countries", "S21 S24 S25 S3"),
            Map.entry("un", "F5 F7 S7f S7g S7h"),
            Map.entry("un-ccpcj", "F7"),
            Map.entry("un-ecosoc", "F7"),
            Map.entry("united-kingdom", "F11"),
            Map.entry("weprotect-global-alliance", "F11 F13 F14 S23 S6")));

    private static void assertSameEntries(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        assertEquals("missing: []\nunexpected: []", "missing: " + missing + "\nunexpected: " + unexpected);
        assertEquals(expected, actual, "same entries, but in another order");
    }

    private static String where(Carrier c) {
        return (c.kind() == Carrier.Kind.SUBDIVISION ? "S" : "F") + number(c.path());
    }

    /** The tables' short notation of an element: "p/7/a" is "7a", "fn/3" is "3". */
    private static String number(String path) {
        return path.replaceFirst("^(p|fn)/", "").replace("/", "");
    }

    @Test
    void findsEverySpeechActOfTheCouncilAndTheEuAndNothingElse() {
        assertSameEntries(ACTS, found.acts().stream().map(a -> number(a.subdivision()) + " " + a.act() + " "
                + String.join("+", a.speakers())).toList());
    }

    @Test
    void findsEveryObligationWithItsAddressees() {
        assertSameEntries(OBLIGATIONS, found.obligations().stream()
                .map(o -> number(o.subdivision()) + " " + o.act().act() + " " + o.addressees()).toList());
    }

    @Test
    void theRecallOfParagraphSevenConcernsItsTenSubPoints() {
        SpeechAct recall = found.acts().stream().filter(a -> a.subdivision().equals("p/7")).findFirst().orElseThrow();
        assertEquals(List.of("7a", "7b", "7c", "7d", "7e", "7f", "7g", "7h", "7i", "7j"),
                recall.concerns().stream().map(BundledDocumentKnowledgeTest::number).toList());
        assertEquals("minder om", recall.surfaceForm());
    }

    @Test
    void keepsTheRequestedActionAsTheTextSaysIt() {
        Obligation commission14 = found.obligations().stream()
                .filter(o -> o.subdivision().equals("p/14") && o.addressees().equals(List.of("commission"))).findFirst().orElseThrow();
        assertEquals("at foreslå foranstaltninger til håndtering af denne stigende udfordring", commission14.action());
        Obligation first16 = found.obligations().stream().filter(o -> o.subdivision().equals("p/16")).findFirst().orElseThrow();
        assertEquals("at vedblive med at udvide og udveksle god praksis på disse områder", first16.action());
    }

    @Test
    void resolvesThePronounAddresseeToTheActorNamedBefore() {
        SpeechAct urges17 = found.acts().stream().filter(a -> a.subdivision().equals("p/17") && a.act().equals("urges"))
                .findFirst().orElseThrow();
        assertEquals("opfordrer indtrængende", urges17.surfaceForm());
    }

    @Test
    void readsTheCallForSomethingAsACallWithoutAddresseeAndReportsNothing() {
        Obligation call = found.obligations().stream().filter(o -> o.subdivision().equals("p/21")).findFirst().orElseThrow();
        assertEquals("calls-for", call.act().act());
        assertTrue(call.action().startsWith("et stærkt engagement"), call.action());
        assertEquals(List.of(), found.diagnostics());
    }

    @Test
    void keepsHowOftenAnObligationRecurs() {
        Obligation eight = found.obligations().stream().filter(o -> o.subdivision().equals("p/8")).findFirst().orElseThrow();
        assertEquals(List.of("REGULAR regelmæssigt"), eight.timings().stream().map(t -> t.period() + " " + t.text()).toList());
    }

    @Test
    void findsEveryCitedInstrumentOnceWithWhereItIsCited() {
        Map<String, String> actual = new TreeMap<>();
        for (Citation c : found.citations()) {
            String key = c.key() != null ? c.key() : keyOf(c.ref());
            actual.merge(key, where(c.carrier()), (a, b) -> a + " " + b);
        }
        actual.replaceAll((k, v) -> new TreeSet<>(List.of(v.split(" "))).stream().collect(Collectors.joining(" ")));
        assertEquals(INSTRUMENTS, actual);
    }

    private static String keyOf(InstrumentRef ref) {
        switch (ref.kind()) {
            case "directive": return "dir-" + ref.year() + "-" + ref.number();
            case "com": return "com-" + ref.year() + "-" + ref.number();
            case "council-document": return "st-" + ref.number() + "-" + ref.year();
            default: return "tfeu-art-" + ref.number();
        }
    }

    @Test
    void findsEveryActorNamedWithTheParagraphsAndFootnotesNamingIt() {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Mention m : found.mentions()) {
            actual.computeIfAbsent(m.actor(), k -> new TreeSet<>()).add(where(m.carrier()));
        }
        Map<String, String> flat = new TreeMap<>();
        actual.forEach((k, v) -> flat.put(k, String.join(" ", v)));
        assertEquals(MENTIONS, flat);
    }

    @Test
    void everySpanQuotesTheTextItWasFoundIn() {
        String text = doc.source().text();
        for (Mention m : found.mentions()) {
            String quoted = m.span().of(text);
            assertEquals(false, quoted.isBlank(), m.toString());
        }
        SpeechAct first = found.acts().get(0);
        assertEquals(true, first.sentence().of(text).startsWith("På denne baggrund"), first.sentence().of(text));
    }
}
