package org.w3id.ccgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.extract.Carrier;
import org.w3id.ccgraph.extract.Citation;
import org.w3id.ccgraph.extract.SpeechActExtractor;
import org.w3id.ccgraph.structure.StructureParser;

/**
 * The identifier grammar end to end: a citation in a paragraph or a footnote of an English or Danish
 * document, read by the lexicon's patterns, gives the kind, key, label, CELEX number, ELI and Council
 * register number of docs/instrument-identifiers.md. "-" is none; a row whose kind is "-" cites nothing.
 */
class InstrumentKeysTest {

    private static final String ENGLISH = """
            Brussels, 12 May 2023
            (OR. en)

            8765/23

            JAI 555

            OUTCOME OF PROCEEDINGS

            From: General Secretariat of the Council

            On: 12 May 2023

            To: Delegations

            Prev. doc.: 8000/23

            Subject: Council conclusions on identifiers

            Delegations will find attached the Council conclusions on identifiers, adopted by the Council at its 3900th meeting held on 11 May 2023.

            COUNCIL CONCLUSIONS ON IDENTIFIERS

            1. The Council recalls %s¹ and the work done.

            ¹ %s
            """;

    private static final String DANISH = """
            Luxembourg, den 14. juni 2021
            (OR. fr)

            9876/21

            JAI 700

            RESULTAT AF DRØFTELSENE

            fra: Generalsekretariatet for Rådet

            dato: 14. juni 2021

            til: delegationerne

            Tidl. dok. nr.: 9100/21

            Vedr.: Rådets konklusioner om identifikatorer

            Vedlagt følger til delegationerne Rådets konklusioner om identifikatorer, der blev vedtaget af Rådet på 3801. samling den 10. juni 2021.

            **RÅDETS KONKLUSIONER om identifikatorer**

            1. Rådet minder om %s¹ og det udførte arbejde.

            ¹ %s
            """;

    private static final String ELI = "http://data.europa.eu/eli/";

    /** The citations by number in paragraph 1 (P) or footnote 1 (F) of a document carrying {@code text} there. */
    private static List<Citation> cited(String language, String where, String text) {
        String paragraph = where.equals("P") ? text : "this";
        String footnote = where.equals("F") ? text : "See the conclusions.";
        String doc = String.format(language.equals("en") ? ENGLISH : DANISH, paragraph, footnote);
        var parsed = new StructureParser().parse(new SourceReader().read("inline.txt", doc.getBytes(StandardCharsets.UTF_8)));
        assertEquals(language, parsed.language().code());
        Carrier carrier = where.equals("P") ? Carrier.subdivision("p/1") : Carrier.footnote("fn/1");
        return new SpeechActExtractor(Set.of()).extract(parsed).citations().stream()
                .filter(c -> c.ref() != null && c.carrier().equals(carrier)).toList();
    }

    private static String orNone(String value) {
        return value == null ? "-" : value;
    }

    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en|P|Directive (EU) 2017/541|directive|dir-2017-541|Directive (EU) 2017/541|32017L0541|dir/2017/541/oj|-
            en|P|Directive 2011/93/EU|directive|dir-2011-93|Directive 2011/93/EU|32011L0093|dir/2011/93/oj|-
            en|P|Council Directive 2004/80/EC|directive|dir-2004-80|Directive 2004/80/EC|32004L0080|dir/2004/80/oj|-
            en|P|Directive 98/34/EC|directive|dir-1998-34|Directive 98/34/EC|31998L0034|dir/1998/34/oj|-
            en|P|Directive 2011/123456/EU|directive|dir-2011-123456|Directive 2011/123456/EU|-|dir/2011/123456/oj|-
            en|P|Directive 2000/43/EC|directive|dir-2000-43|Directive 2000/43/EC|32000L0043|dir/2000/43/oj|-
            en|P|Council Directive 89/391/EEC|directive|dir-1989-391|Directive 89/391/EEC|31989L0391|dir/1989/391/oj|-
            en|P|Regulation (EU) 2016/679|regulation|reg-2016-679|Regulation (EU) 2016/679|32016R0679|reg/2016/679/oj|-
            en|P|Regulation (EU) No 1215/2012|regulation|reg-2012-1215|Regulation (EU) No 1215/2012|32012R1215|reg/2012/1215/oj|-
            en|P|Regulation (EC) No 1383/2003|regulation|reg-2003-1383|Regulation (EC) No 1383/2003|32003R1383|reg/2003/1383/oj|-
            en|P|Council Regulation (EEC) No 1408/71|regulation|reg-1971-1408|Regulation (EEC) No 1408/71|31971R1408|reg/1971/1408/oj|-
            en|P|Council Decision 2009/371/JHA|decision|dec-2009-371|Decision 2009/371/JHA|32009D0371|dec/2009/371/oj|-
            en|P|Decision No 1031/2000/EC|decision|dec-2000-1031|Decision No 1031/2000/EC|32000D1031|dec/2000/1031/oj|-
            en|P|Commission Decision 2011/833/EU|decision|dec-2011-833|Decision 2011/833/EU|32011D0833|dec/2011/833/oj|-
            en|P|Council Decision (CFSP) 2015/236|decision|dec-2015-236|Decision (CFSP) 2015/236|32015D0236|dec/2015/236/oj|-
            en|P|Commission Decision 2004/277/EC,Euratom|decision|dec-2004-277|Decision 2004/277/EC, Euratom|32004D0277|dec/2004/277/oj|-
            en|P|Council Framework Decision 2002/584/JHA|framework-decision|fd-2002-584|Framework Decision 2002/584/JHA|32002F0584|dec_framw/2002/584/oj|-
            en|P|Joint Action 98/733/JHA|joint-action|ja-1998-733|Joint Action 98/733/JHA|31998F0733|-|-
            en|P|Joint Action 2008/124/CFSP|joint-action|ja-2008-124|Joint Action 2008/124/CFSP|32008E0124|-|-
            en|P|Common Position 2003/444/CFSP|common-position|cp-2003-444|Common Position 2003/444/CFSP|32003E0444|-|-
            en|P|Common Position 2005/69/JHA|common-position|cp-2005-69|Common Position 2005/69/JHA|-|-|-
            en|P|Recommendation 2006/962/EC|recommendation|reco-2006-962|Recommendation 2006/962/EC|32006H0962|reco/2006/962/oj|-
            en|P|the Council Recommendation of 22 May 2018 on key competences|-|-|-|-|-|-
            en|P|the Commission communication COM(2007) 242 final|com|com-2007-242|COM(2007) 242|52007DC0242|-|-
            en|P|the White Paper COM(2007) 630|com|com-2007-630|COM(2007) 630|52007DC0630|-|-
            en|P|the proposal COM(2005) 6 final|com|com-2005-6|COM(2005) 6|52005PC0006|-|-
            en|P|COM (2016) 871|com|com-2016-871|COM(2016) 871|-|-|-
            en|P|SEC(2008) 123|sec|sec-2008-123|SEC(2008) 123|52008SC0123|-|-
            en|P|SEC(2013) 123|sec|sec-2013-123|SEC(2013) 123|-|-|-
            en|P|SWD(2016) 123 final|swd|swd-2016-123|SWD(2016) 123|52016SC0123|-|-
            en|P|JOIN(2016) 30 final|join|join-2016-30|JOIN(2016) 30|52016JC0030|-|-
            en|P|C(2019) 1234|c|c-2019-1234|C(2019) 1234|-|-|-
            en|P|(ST 9798/15)|council-document|st-9798-2015|Council document ST 9798/15|-|-|ST 9798 2015 INIT
            en|P|doc. 5980/01|council-document|st-5980-2001|Council document ST 5980/01|-|-|ST 5980 2001 INIT
            en|P|doc. 7619/1/05|council-document|st-7619-2005-rev-1|Council document ST 7619/05 REV 1|-|-|ST 7619 2005 REV 1
            en|P|doc. 7619/05 REV 1|council-document|st-7619-2005-rev-1|Council document ST 7619/05 REV 1|-|-|ST 7619 2005 REV 1
            en|P|doc. 7619/1/05 REV 1|council-document|st-7619-2005-rev-1|Council document ST 7619/05 REV 1|-|-|ST 7619 2005 REV 1
            en|P|doc. 9008/09 ADD 4|council-document|st-9008-2009-add-4|Council document ST 9008/09 ADD 4|-|-|ST 9008 2009 ADD 4
            en|P|doc. 10149/21 REV 1 ADD 1|council-document|st-10149-2021-add-1-rev-1|Council document ST 10149/21 ADD 1 REV 1|-|-|ST 10149 2021 ADD 1 REV 1
            en|P|the figures 14603/19|-|-|-|-|-|-
            en|F|14603/19.|council-document|st-14603-2019|Council document ST 14603/19|-|-|ST 14603 2019 INIT
            en|F|[9169/09.](#)|council-document|st-9169-2009|Council document ST 9169/09|-|-|ST 9169 2009 INIT
            en|F|See 9169/09.|-|-|-|-|-|-
            en|P|OJ C 168, 13.7.2002, p. 2|oj|oj-c-2002-168-p2|OJ C 168, 13.7.2002, p. 2|-|-|-
            en|P|OJ L 335, 17.12.2011, p. 1|oj|oj-l-2011-335-p1|OJ L 335, 17.12.2011, p. 1|-|-|-
            en|P|OJ No C 327, 7. 12. 1995, p 5|oj|oj-c-1995-327-p5|OJ C 327, 7.12.1995, p. 5|-|-|-
            en|P|OJ L 335/1 of 17.12.2011|oj|oj-l-2011-335-p1|OJ L 335, 17.12.2011, p. 1|-|-|-
            en|P|OJ C 48 A, 24.2.2005|oj|oj-c-2005-48a|OJ C 48 A, 24.2.2005|-|-|-
            en|P|OJ C 311/1|-|-|-|-|-|-
            en|P|Article K.1 of the Treaty on European Union|treaty-article.teu|teu-art-k-1|Article K.1 TEU|-|-|-
            en|P|Article 6 TEU|treaty-article.teu|teu-art-6|Article 6 TEU|-|-|-
            en|P|Article 149 of the Treaty establishing the European Community|treaty-article.tec|tec-art-149|Article 149 TEC|-|-|-
            en|P|Article 83(1) TFEU|treaty-article.tfeu|tfeu-art-83|Article 83 TFEU|-|-|-
            da|P|direktiv (EU) 2017/541|directive|dir-2017-541|Directive (EU) 2017/541|32017L0541|dir/2017/541/oj|-
            da|P|direktiv 2011/93/EU|directive|dir-2011-93|Directive 2011/93/EU|32011L0093|dir/2011/93/oj|-
            da|P|Rådets direktiv 2004/80/EF|directive|dir-2004-80|Directive 2004/80/EC|32004L0080|dir/2004/80/oj|-
            da|P|direktiv 89/391/EØF|directive|dir-1989-391|Directive 89/391/EEC|31989L0391|dir/1989/391/oj|-
            da|P|forordning (EU) 2016/679|regulation|reg-2016-679|Regulation (EU) 2016/679|32016R0679|reg/2016/679/oj|-
            da|P|forordning (EF) nr. 1383/2003|regulation|reg-2003-1383|Regulation (EC) No 1383/2003|32003R1383|reg/2003/1383/oj|-
            da|P|Rådets afgørelse 2009/371/RIA|decision|dec-2009-371|Decision 2009/371/JHA|32009D0371|dec/2009/371/oj|-
            da|P|beslutning nr. 1031/2000/EF|decision|dec-2000-1031|Decision No 1031/2000/EC|32000D1031|dec/2000/1031/oj|-
            da|P|rammeafgørelse 2002/584/RIA|framework-decision|fd-2002-584|Framework Decision 2002/584/JHA|32002F0584|dec_framw/2002/584/oj|-
            da|P|fælles aktion 98/733/RIA|joint-action|ja-1998-733|Joint Action 98/733/JHA|31998F0733|-|-
            da|P|fælles holdning 2003/444/FUSP|common-position|cp-2003-444|Common Position 2003/444/CFSP|32003E0444|-|-
            da|P|henstilling 2006/962/EF|recommendation|reco-2006-962|Recommendation 2006/962/EC|32006H0962|reco/2006/962/oj|-
            da|P|Kommissionens meddelelse KOM(2007) 242 endelig|com|com-2007-242|COM(2007) 242|52007DC0242|-|-
            da|P|forslaget KOM(2005) 6 endelig|com|com-2005-6|COM(2005) 6|52005PC0006|-|-
            da|P|SEK(2008) 123|sec|sec-2008-123|SEC(2008) 123|52008SC0123|-|-
            da|P|K(2008) 5533|c|c-2008-5533|C(2008) 5533|-|-|-
            da|P|Dok. 11855/12|council-document|st-11855-2012|Council document ST 11855/12|-|-|ST 11855 2012 INIT
            da|P|dok. 7619/05 REV 1|council-document|st-7619-2005-rev-1|Council document ST 7619/05 REV 1|-|-|ST 7619 2005 REV 1
            da|F|[14603/19.](#)|council-document|st-14603-2019|Council document ST 14603/19|-|-|ST 14603 2019 INIT
            da|P|EUT C 168 af 13.7.2002, s. 2|oj|oj-c-2002-168-p2|OJ C 168, 13.7.2002, p. 2|-|-|-
            da|P|EFT L 351 af 29.12.1998, s. 1|oj|oj-l-1998-351-p1|OJ L 351, 29.12.1998, p. 1|-|-|-
            da|P|artikel K.1 i traktaten om Den Europæiske Union|treaty-article.teu|teu-art-k-1|Article K.1 TEU|-|-|-
            da|P|artikel 6 TEU|treaty-article.teu|teu-art-6|Article 6 TEU|-|-|-
            da|P|artikel 149 i traktaten om oprettelse af Det Europæiske Fællesskab|treaty-article.tec|tec-art-149|Article 149 TEC|-|-|-
            da|P|artikel 83 TEUF|treaty-article.tfeu|tfeu-art-83|Article 83 TFEU|-|-|-
            """)
    void readsTheIdentifierAndDerivesItsOfficialIdentifiers(String language, String where, String text, String kind,
                                                            String key, String label, String celex, String eli,
                                                            String register) {
        List<Citation> found = cited(language, where, text);
        if (kind.equals("-")) {
            assertEquals(List.of(), found);
            return;
        }
        assertEquals(1, found.size(), found::toString);
        InstrumentKeys.Identity id = InstrumentKeys.of(found.get(0).ref());
        assertEquals(String.join("|", kind, key, label, celex, eli.equals("-") ? "-" : ELI + eli, register),
                String.join("|", found.get(0).ref().kind(), id.key(), id.label(), orNone(id.celex()), orNone(id.eli()),
                        orNone(id.registerNumber())));
    }

    @Test
    void aGraphCitingEveryKindOfIdentifierConformsToTheShapes() {
        String cited = String.join(", ", "Directive (EU) 2017/541", "Regulation (EEC) No 1408/71",
                "Decision No 1031/2000/EC", "Framework Decision 2002/584/JHA", "Joint Action 98/733/JHA",
                "Common Position 2003/444/CFSP", "Recommendation 2006/962/EC", "the proposal COM(2005) 6",
                "SWD(2016) 123", "JOIN(2016) 30", "C(2019) 1234", "doc. 10149/21 REV 1 ADD 1", "doc. 7619/1/05",
                "OJ C 48 A, 24.2.2005", "Article K.1 of the Treaty on European Union", "Article 149 EC");
        String doc = String.format(ENGLISH, cited, "9169/09.");
        Conversion c = Converter.create().build().convert(new SourceReader().read("inline.txt", doc.getBytes(StandardCharsets.UTF_8)));
        assertTrue(c.conforms(), () -> c.report().getEntries().toString());
        Model g = c.graph();
        String base = "https://w3id.org/ccgraph/id/instrument/";
        for (String key : List.of("dir-2017-541", "reg-1971-1408", "dec-2000-1031", "fd-2002-584", "ja-1998-733",
                "cp-2003-444", "reco-2006-962", "com-2005-6", "swd-2016-123", "join-2016-30", "c-2019-1234",
                "st-10149-2021-add-1-rev-1", "st-7619-2005-rev-1", "oj-c-2005-48a", "teu-art-k-1", "tec-art-149",
                "st-9169-2009")) {
            assertTrue(g.contains(g.getResource(base + key), RDF.type, CCG.Instrument), key);
        }
        Model reference = Converter.create().build().reference();
        for (String treaty : List.of("teu", "tec")) {
            assertTrue(g.contains(null, DCTerms.isPartOf, g.getResource(base + treaty)), treaty + " has a cited article");
            assertTrue(reference.contains(reference.getResource(base + treaty), RDF.type, CCG.Instrument),
                    treaty + " is described in the reference data");
        }
    }
}
