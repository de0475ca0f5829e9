package org.w3id.ccgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.StructureParser;

/** No false mentions inside identifiers: the "EU" of an act number names an instrument, not the actor. */
class MentionFinderTest {

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

            1. The Council recalls Directive 2011/93/EU, Regulation (EU) 2016/679, Commission Decision 2011/833/EU and Article 6 of the Treaty on European Union, and the EU's commitment to them.
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

            1. Rådet minder om direktiv 2011/93/EU, forordning (EU) 2016/679 og artikel 6 i traktaten om Den Europæiske Union samt EU's forpligtelse.
            """;

    private static CouncilText parse(String text) {
        return new StructureParser().parse(new SourceReader().read("inline.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> quotedEuMentions(CouncilText doc, Extraction found) {
        return found.mentions().stream().filter(m -> m.actor().equals("eu"))
                .map(m -> m.span().of(doc.source().text())).toList();
    }

    @Test
    void theEuInsideAnActNumberOrATreatyNameIsNoMentionOfTheEuInEnglish() {
        CouncilText doc = parse(ENGLISH);
        Extraction found = new SpeechActExtractor(Set.of()).extract(doc);
        assertEquals(4, found.citations().stream().filter(c -> c.ref() != null).count(), found.citations()::toString);
        assertEquals(List.of("EU's"), quotedEuMentions(doc, found));
    }

    @Test
    void theEuInsideAnActNumberOrATreatyNameIsNoMentionOfTheEuInDanish() {
        CouncilText doc = parse(DANISH);
        Extraction found = new SpeechActExtractor(Set.of()).extract(doc);
        assertEquals(3, found.citations().stream().filter(c -> c.ref() != null).count(), found.citations()::toString);
        assertEquals(List.of("EU's"), quotedEuMentions(doc, found));
    }
}
