package org.w3id.ccgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Every real Council text of the test corpus (Official Journal texts as EUR-Lex pages, older and newer
 * layout) converts without failure into a conforming graph, with its identifier, language and layout read
 * from it and nothing of the page's header or furniture in any element's text.
 */
class CorpusConversionTest {

    private static Converter converter;

    @BeforeAll
    static void converter() {
        converter = Converter.create().build();
    }

    static List<String> texts() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.corpusFolder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void convertsIntoAConformingGraphWithItsIdentifierAndNoPageFurnitureInItsText(String name) {
        Conversion c = converter.convert(Fixtures.corpus(name));
        assertFalse(c.hasStructureErrors(), c.diagnostics().toString());
        assertTrue(c.conforms(), () -> c.report().getEntries().toString());
        assertEquals("en", c.document().language().code());
        String layout = c.document().layout();
        assertTrue(layout.equals("eurlex") || layout.equals("oj"), layout);
        assertNotNull(c.document().header().identifier(), "the page prints its CELEX or publication number");
        assertNotNull(c.document().header().title());
        assertFalse(c.extraction().acts().isEmpty(), "every Council text states something");
        for (Subdivision s : c.document().subdivisions()) {
            for (String furniture : List.of("EUR-Lex -", "Avis juridique", "Official Journal of the European Union",
                    "Official Journal C", "Official Journal L")) {
                assertFalse(s.text().contains(furniture), s.path() + " holds page text: " + s.text());
            }
        }
        if (c.document().header().speaker() != null) {
            org.apache.jena.rdf.model.Resource work = c.content().createResource(
                    converter.scheme().document(c.document()));
            org.apache.jena.rdf.model.Resource formula = work.getPropertyResourceValue(org.w3id.ccgraph.graph.CCG.speakerFormula);
            assertNotNull(formula, "the speaker formula is a resource of its own");
            assertTrue(formula.hasProperty(org.w3id.ccgraph.graph.CCG.speaker,
                    c.content().createResource(converter.scheme().actor("council"))));
        }
        if (layout.equals("eurlex")) {
            String celex = name.replace(".txt", "").replaceFirst("-(\\d\\d)$", "($1)");
            assertEquals(celex, c.document().header().celex().value());
        }
    }
}
