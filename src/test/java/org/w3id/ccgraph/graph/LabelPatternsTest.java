package org.w3id.ccgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;

/** The labels of speech acts and obligations say who asks whom to do what, how strongly, by when and where. */
class LabelPatternsTest {

    private static final String DOC = IriScheme.DEFAULT_BASE + "id/doc/8765-23/";
    private static Model graph;

    @BeforeAll
    static void convert() throws Exception {
        Path input = Path.of(LabelPatternsTest.class.getClassLoader().getResource("golden/english/input.txt").toURI());
        graph = Converter.create().build().convert(input).graph();
    }

    private static String label(String path) {
        Resource r = graph.createResource(DOC + path);
        return r.getProperty(RDFS.label, LabelPatterns.LANGUAGE).getString();
    }

    @Test
    void anObligationSaysWhoAsksWhomToDoWhatByWhenHowStronglyAndWhere() {
        assertEquals("Council of the European Union calls on European Commission: \u201Creport on its implementation by"
                + " 2025\u201D, by 2025-12-31 (calling; paragraph 2 of Council document 8765/23)", label("p/2/obligation/2"));
        assertEquals("Council of the European Union invites Europol and Eurojust: \u201Ccooperate closely\u201D (inviting;"
                + " paragraph 3 of Council document 8765/23)", label("p/3/obligation/2"));
    }

    @Test
    void aDirectiveActSaysWhomItAsksAndHowManyThingsANonDirectiveOneWhatItDoes() {
        String act = label("p/4/act/1");
        assertTrue(act.startsWith("Council of the European Union invites Member States of the European Union: \u201Cshare"
                + " best practice on prevention;\u201D and 1 more (inviting; "), act);
        assertEquals("Council of the European Union welcomes (paragraph 5 of Council document 8765/23)", label("p/5/act/1"));
    }

    @Test
    void joinsNamesAsAListAndCutsLongActions() {
        LabelPatterns patterns = LabelPatterns.bundled();
        assertEquals("A, B and C", patterns.list(List.of("A", "B", "C")));
        assertEquals("A and B", patterns.list(List.of("A", "B")));
        assertEquals("A", patterns.list(List.of("A")));
        String cut = patterns.action("x".repeat(200));
        assertEquals(LabelPatterns.ACTION + 2, cut.length(), cut);
        assertTrue(cut.endsWith("\u2026\u201D"));
        assertEquals(", by 2020-12-31", patterns.format("deadline", Map.of("due", "2020-12-31")));
    }
}
