package org.w3id.ccgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.ccgraph.convert.Converter;

/**
 * Every shape has a conforming and a violating fixture. The conforming fixture is the converted bundled
 * document, on which no shape reports a violation; each violating fixture in src/test/resources/
 * shape-fixtures/SHAPE.ru is a SPARQL Update that breaks one thing in it, with the results it must add
 * written in its "# expect: SEVERITY SOURCE-SHAPE FOCUS-NODE" lines: exactly those, no others.
 */
class ShapeFixturesTest {

    static final String PREFIXES = """
            PREFIX ccg:  <https://w3id.org/ccgraph/def#>
            PREFIX eli:  <http://data.europa.eu/eli/ontology#>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String SHAPES = "https://w3id.org/ccgraph/shapes#";

    /** Shapes used only through sh:node, whose failures the referring property shape reports. */
    private static final Set<String> REACHED_THROUGH_SH_NODE =
            Set.of("ActorRefShape", "SpeechActConceptRefShape", "SpeechActConceptRef-inScheme");

    /** Properties of a node shape that constrain nothing themselves. */
    private static final Set<String> GROUPING = Set.of("type", "label", "targetClass", "targetObjectsOf",
            "targetSubjectsOf", "property", "message", "severity", "ignoredProperties");

    private static Model conforming;
    private static Shapes shapes;
    private static Set<String> baseline;

    @BeforeAll
    static void convert() {
        conforming = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().graph();
        shapes = ShapesLoader.bundled();
        baseline = results(new Validator(shapes).validate(conforming.getGraph()));
    }

    static Path folder() {
        try {
            return Path.of(ShapeFixturesTest.class.getClassLoader().getResource("shape-fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ru")).sorted().toList();
        }
    }

    /** "Severity source-shape focus" for every result, shapes by their local name. */
    static Set<String> results(ValidationReport report) {
        Set<String> set = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            String shape = e.source().isURI() ? e.source().getURI().replace(SHAPES, "") : "_:blank";
            set.add(e.severity().level().getLocalName() + " " + shape + " " + ResultRow.text(e.focusNode()));
        }
        return set;
    }

    /** The graph of a violating fixture. */
    static Model broken(String fixture) throws IOException {
        Model m = ModelFactory.createDefaultModel().add(conforming);
        UpdateAction.parseExecute(PREFIXES + Files.readString(folder().resolve(fixture)), m);
        return m;
    }

    @Test
    void theConformingFixtureHasNoViolation() {
        assertTrue(baseline.stream().noneMatch(r -> r.startsWith("Violation")), baseline.toString());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void eachViolatingFixtureAddsExactlyTheResultsItExpects(String fixture) throws IOException {
        Set<String> expected = new TreeSet<>(lines(fixture, "# expect: "));
        assertTrue(!expected.isEmpty(), fixture + " has no # expect: line");
        Set<String> added = results(new Validator(shapes).validate(broken(fixture).getGraph()));
        added.removeAll(baseline);
        assertEquals(expected, added, fixture);
        String shape = lines(fixture, "# shape: ").get(0);
        assertTrue(added.stream().anyMatch(r -> r.split(" ")[1].equals(shape)),
                fixture + " must be reported by " + shape);
    }

    private static List<String> lines(String fixture, String prefix) throws IOException {
        return Files.readAllLines(folder().resolve(fixture)).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).strip()).toList();
    }

    @Test
    void everyNamedShapeHasAViolatingFixture() throws IOException {
        Set<String> covered = new TreeSet<>();
        for (String f : fixtures()) {
            covered.addAll(lines(f, "# shape: "));
        }
        Model shapesGraph = ModelFactory.createModelForGraph(ShapesLoader.bundledGraph());
        Set<String> missing = new TreeSet<>();
        for (String type : List.of("PropertyShape", "NodeShape", "SPARQLConstraint")) {
            shapesGraph.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                    shapesGraph.createResource("http://www.w3.org/ns/shacl#" + type)).filterKeep(s -> s.isURIResource())
                    .forEach(s -> {
                        String name = s.getURI().replace(SHAPES, "");
                        boolean ownConstraints = s.listProperties().toList().stream()
                                .anyMatch(st -> !GROUPING.contains(st.getPredicate().getLocalName()));
                        if (ownConstraints && !covered.contains(name) && !REACHED_THROUGH_SH_NODE.contains(name)) {
                            missing.add(name);
                        }
                    });
        }
        assertEquals(Set.of(), missing);
    }
}
