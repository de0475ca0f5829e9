package org.w3id.ccgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/** Whether a conversion may be published is its verdict, and assembling a corpus follows it. */
class CorpusAssemblyTest {

    private static final Path GOOD = Fixtures.path("second-document-da.txt");
    private static final Path BROKEN = Fixtures.path("footnote-repeat.txt");

    /** Shapes that no converted graph meets: every paragraph must have a property that none has. */
    private static Shapes impossible() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ccg: <https://w3id.org/ccgraph/def#> .
                <https://example.org/shape> a sh:NodeShape ; sh:targetClass ccg:Paragraph ;
                    sh:property [ sh:path <https://example.org/never> ; sh:minCount 1 ] .
                """)).lang(Lang.TURTLE).parse(m);
        return Shapes.parse(m);
    }

    @Test
    void theVerdictOfAConversionSaysWhetherItMayBePublished() {
        Converter validating = Converter.create().build();
        assertEquals(Verdict.CONFORMS, validating.convert(GOOD).verdict());
        assertEquals(Verdict.STRUCTURE_ERRORS, validating.convert(BROKEN).verdict());
        assertEquals(Verdict.NOT_VALIDATED, Converter.create().validation(Converter.Validation.SKIP).build()
                .convert(GOOD).verdict());
        assertEquals(Verdict.STRUCTURE_ERRORS, Converter.create().validation(Converter.Validation.SKIP).build()
                .convert(BROKEN).verdict(), "skipping validation does not make a broken structure publishable");
        Conversion strict = Converter.create().shapes(impossible()).build().convert(GOOD);
        assertEquals(Verdict.DOES_NOT_CONFORM, strict.verdict());
        assertFalse(strict.verdict().publishable());
        assertTrue(Verdict.NOT_VALIDATED.publishable());
    }

    @Test
    void aCorpusIsANamedGraphPerPublishableDocumentWithItsRunAndTheReferenceGraph() throws Exception {
        Converter converter = Converter.create().build();
        Dataset ds = DatasetFactory.create();
        List<Conversion> seen = new ArrayList<>();
        CorpusAssembly.Outcome o = new CorpusAssembly(converter, 2, CorpusConverter.Failures.SKIP)
                .assemble(List.of(BROKEN, GOOD, Fixtures.path("empty.txt")), CorpusAssembly.into(ds), seen::add,
                        (done, failed, total) -> { });
        assertEquals(2, seen.size(), "every conversion is heard, publishable or not");
        assertEquals(1, o.published());
        assertEquals(1, o.rejected().size());
        assertEquals(Verdict.STRUCTURE_ERRORS, o.rejected().get(0).verdict());
        assertEquals("footnote-repeat.txt", Path.of(o.rejected().get(0).name()).getFileName().toString());
        assertEquals(1, o.failures().size());
        Conversion good = seen.stream().filter(c -> c.verdict().publishable()).findFirst().orElseThrow();
        String graph = converter.scheme().document(good.document());
        assertTrue(ds.getNamedModel(graph).isIsomorphicWith(good.content()));
        assertTrue(ds.getNamedModel(good.runIri()).isIsomorphicWith(good.run()));
        assertTrue(ds.getNamedModel(converter.scheme().referenceGraph()).isIsomorphicWith(converter.reference()));
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertEquals(3, names.size(), names.toString());
        assertEquals(good.content().union(converter.reference()).size(), ds.getDefaultModel().size(),
                "the default graph is the union of the contents and the reference data, without the run records");
    }

    @Test
    void aCorpusOfGraphsThatDoNotConformPublishesOnlyTheReferenceData() throws Exception {
        Converter converter = Converter.create().shapes(impossible()).build();
        Dataset ds = DatasetFactory.create();
        CorpusAssembly.Outcome o = new CorpusAssembly(converter, 1, CorpusConverter.Failures.SKIP)
                .assemble(List.of(GOOD), CorpusAssembly.into(ds), c -> { }, (done, failed, total) -> { });
        assertEquals(0, o.published());
        assertEquals(Verdict.DOES_NOT_CONFORM, o.rejected().get(0).verdict());
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        assertEquals(List.of(converter.scheme().referenceGraph()), names);
    }

    @Test
    void aTargetThatRefusesAGraphStopsTheRunAndTheOutcomeCarriesItsFailure() throws Exception {
        Converter converter = Converter.create().build();
        List<String> taken = new ArrayList<>();
        CcgraphException refused = new CcgraphException(Title.STORE_REFUSED, Location.of("store"), "expected 2xx");
        CorpusAssembly.Target target = new CorpusAssembly.Target() {
            @Override
            public void content(String graph, Model model) {
                taken.add(graph);
            }

            @Override
            public void record(String graph, Model model) {
            }

            @Override
            public void document(String graph, Model content, String runGraph, Model run) {
                if (!taken.isEmpty()) {
                    throw refused;
                }
                taken.add(graph);
            }
        };
        CorpusAssembly.Outcome o = new CorpusAssembly(converter, 1, CorpusConverter.Failures.SKIP)
                .assemble(List.of(GOOD, Fixtures.path("english-document.txt"), GOOD), target, c -> { },
                        (done, failed, total) -> { });
        assertEquals(1, o.published());
        assertEquals(1, taken.size(), "neither the third document nor the reference data after the refusal: " + taken);
        assertTrue(o.stopped());
        assertEquals(refused, o.halt());
        assertEquals(List.of(), o.failures());
    }
}
