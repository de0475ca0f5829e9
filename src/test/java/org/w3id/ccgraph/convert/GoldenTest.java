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

/**
 * Golden cases under src/test/resources/golden/CASE/: input.txt and the hand-written expected.ttl with
 * the knowledge the converter must extract. The comparison is by graph isomorphism of that knowledge;
 * a failure lists the missing and the unexpected triples.
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

    @Test
    void anEnglishTextInTheStyleOfCouncilConclusionsGivesItsExpectedGraph() {
        Conversion c = Converter.create().build().convert(golden("english/input.txt"));
        assertEquals("en", c.document().language());
        assertTrue(c.conforms(), () -> c.report().getEntries().toString());
        assertKnowledge(golden("english/expected.ttl"), c.graph());
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
