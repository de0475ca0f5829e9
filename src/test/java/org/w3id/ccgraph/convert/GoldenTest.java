package org.w3id.ccgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases, one folder each under src/test/resources/golden/: input.txt and the hand-written
 * expected.ttl with the knowledge the converter must extract from it. Every folder is a case; a new case is a
 * new folder, no code. The comparison is by graph isomorphism of that knowledge; a failure lists the missing
 * and the unexpected triples.
 */
class GoldenTest {

    private static final String KNOWLEDGE = """
            PREFIX ccg: <https://w3id.org/ccgraph/def#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            CONSTRUCT {
              ?a ccg:speaker ?speaker ; ccg:speechAct ?concept ; ccg:inSubdivision ?in ; ccg:concerns ?point .
              ?o ccg:expressedBy ?by ; ccg:inSubdivision ?oin ; ccg:addressee ?addressee ; ccg:action ?action .
              ?sub eli:refers_to ?instrument .
            } WHERE {
              { ?a a ccg:SpeechAct ; ccg:speaker ?speaker ; ccg:speechAct ?concept ; ccg:inSubdivision ?in .
                OPTIONAL { ?a ccg:concerns ?point } }
              UNION
              { ?o a ccg:Obligation ; ccg:expressedBy ?by ; ccg:inSubdivision ?oin ; ccg:action ?action .
                OPTIONAL { ?o ccg:addressee ?addressee } }
              UNION
              { ?sub a eli:WorkSubdivision ; eli:refers_to ?instrument }
            }""";

    private static Path golden(String name) {
        try {
            return Path.of(GoldenTest.class.getClassLoader().getResource("golden/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> cases() throws java.io.IOException {
        try (java.util.stream.Stream<Path> dirs = java.nio.file.Files.list(golden(""))) {
            return dirs.filter(java.nio.file.Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void hasADanishAnEnglishAndAGermanCase() throws java.io.IOException {
        List<String> languages = cases().stream()
                .map(c -> Converter.create().validation(Converter.Validation.SKIP).build()
                        .convert(golden(c + "/input.txt")).document().language().code()).distinct().sorted().toList();
        assertTrue(languages.containsAll(List.of("da", "de", "en")), languages.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theConvertedGraphHoldsExactlyTheExpectedKnowledge(String name) {
        Conversion c = Converter.create().build().convert(golden(name + "/input.txt"));
        assertTrue(c.conforms(), () -> c.report().getEntries().toString());
        assertKnowledge(golden(name + "/expected.ttl"), c.graph());
    }

    static void assertKnowledge(Path expectedFile, Model graph) {
        Model actual;
        try (QueryExecution qe = QueryExecution.model(graph).query(KNOWLEDGE).build()) {
            actual = qe.execConstruct();
        }
        Model expected = RDFDataMgr.loadModel(expectedFile.toString());
        if (!expected.isIsomorphicWith(actual)) {
            List<String> missing = expected.difference(actual).listStatements().toList().stream().map(Object::toString).toList();
            List<String> unexpected = actual.difference(expected).listStatements().toList().stream().map(Object::toString).toList();
            assertEquals("missing: []\nunexpected: []", "missing: " + new TreeSet<>(missing) + "\nunexpected: "
                    + new TreeSet<>(unexpected));
        }
    }
}
