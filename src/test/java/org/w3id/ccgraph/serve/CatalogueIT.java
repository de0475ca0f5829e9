package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.SPDX;

/** The dataset describes itself: DCAT-AP 3.0.1 conformance, dumps that match their checksums, VoID. */
class CatalogueIT {

    private static TestServer s;
    private static Model catalogue;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.bundledServer();
        catalogue = TestServer.parse(s.get("/catalog", "text/turtle").body(), Lang.TURTLE);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /**
     * The four shape files of the release, merged, on Jena (CatalogueDcatApIT runs them on a second engine):
     * no violation. The warnings (one per dct:publisher, which is not an EU corporate body) are printed.
     */
    @Test
    void theCatalogueConformsToTheOfficialDcatAp301Shapes() {
        Graph shapes = GraphFactory.createDefaultGraph();
        for (String file : List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl", "mdr-vocabularies.shape.ttl")) {
            RDFParser.source(CatalogueIT.class.getResourceAsStream("/dcat-ap/" + file)).lang(Lang.TURTLE).parse(shapes);
        }
        assertConforms(shapes);
    }

    /**
     * The release's all-in-one file, less its one reference to a property shape that the file does not
     * define (Jena refuses to parse shapes with such a reference).
     */
    @Test
    void theCatalogueConformsToTheAllInOneShapesFile() {
        Graph shapes = RDFParser.source(CatalogueIT.class.getResourceAsStream("/dcat-ap/dcat-ap-SHACL.ttl"))
                .lang(Lang.TURTLE).toGraph();
        Node property = NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
        for (Triple t : shapes.find(Node.ANY, property, Node.ANY).toList()) {
            if (!shapes.find(t.getObject(), Node.ANY, Node.ANY).hasNext()) {
                shapes.delete(t);
            }
        }
        assertConforms(shapes);
    }

    private static void assertConforms(Graph shapesGraph) {
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shapesGraph), catalogue.getGraph());
        List<String> violations = new ArrayList<>();
        report.getEntries().stream().filter(e -> e.severity() == Severity.Violation)
                .forEach(e -> violations.add(e.focusNode() + " " + e.resultPath() + ": " + e.message()));
        report.getEntries().stream().filter(e -> e.severity() != Severity.Violation).forEach(e ->
                System.out.println("DCAT-AP " + e.severity().level().getLocalName() + ": " + e.focusNode() + " "
                        + e.resultPath() + " " + e.message()));
        assertEquals(List.of(), violations);
    }

    @Test
    void theCatalogueHasTheDatasetItsDumpsTheEndpointAndEuVocabularies() {
        assertEquals(1, catalogue.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList().size());
        Resource dataset = catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).next();
        assertEquals(6, dataset.listProperties(DCAT.distribution).toList().size(), "five dumps and the endpoint");
        assertTrue(catalogue.contains(null, DCAT.endpointURL, catalogue.createResource(s.server.publicBase().url("sparql"))));
        for (String table : List.of("file-type/RDF_TURTLE", "language/DAN", "data-theme/JUST", "licence/CC_BY_4_0")) {
            assertTrue(catalogue.containsResource(catalogue.createResource(
                    "http://publications.europa.eu/resource/authority/" + table)), table);
        }
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.DCTerms.issued));
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.DCTerms.modified));
    }

    @Test
    void everyDumpAnswersWithTheBytesItsChecksumAndSizeDescribe() throws Exception {
        List<Resource> dumps = catalogue.listSubjectsWithProperty(DCAT.downloadURL).toList();
        assertEquals(5, dumps.size());
        for (Resource d : dumps) {
            String url = d.getPropertyResourceValue(DCAT.downloadURL).getURI();
            String path = url.substring(s.server.publicBase().url().length() - 1);
            HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), url);
            assertEquals(d.getProperty(DCAT.byteSize).getLong(), r.body().length, url);
            String sha = d.getPropertyResourceValue(SPDX.checksum).getProperty(SPDX.checksumValue).getString();
            assertEquals(sha, Rendered.sha256(r.body()), url);
            String access = d.getPropertyResourceValue(DCAT.accessURL).getURI();
            assertEquals(200, s.get(access.substring(s.server.publicBase().url().length() - 1), null).statusCode());
        }
    }

    @Test
    void theTurtleDumpHoldsTheWholeContentGraph() throws Exception {
        Model dump = TestServer.parse(s.get("/download/ccgraph.ttl", null).body(), Lang.TURTLE);
        assertTrue(dump.isIsomorphicWith(TestServer.bundled().graph()));
    }

    @Test
    void voidAtTheWellKnownPathGivesEndpointDumpsSizeAndExamples() throws Exception {
        HttpResponse<String> r = s.get("/.well-known/void", null);
        assertEquals(200, r.statusCode());
        Model v = TestServer.parse(r.body(), Lang.TURTLE);
        Resource ds = v.listSubjectsWithProperty(RDF.type, VOID.Dataset).next();
        assertEquals(TestServer.bundled().graph().size(), ds.getProperty(VOID.triples).getLong());
        assertEquals(s.server.publicBase().url("sparql"), ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(5, ds.listProperties(VOID.dataDump).toList().size());
        assertTrue(ds.hasProperty(VOID.uriSpace) && ds.hasProperty(VOID.exampleResource) && ds.hasProperty(VOID.vocabulary));
        for (RDFNode example : ds.listProperties(VOID.exampleResource).mapWith(st -> st.getObject()).toList()) {
            String path = "/" + example.asResource().getURI().substring("https://w3id.org/ccgraph/".length());
            assertEquals(200, s.get(path, "text/turtle").statusCode());
        }
    }

    @Test
    void theDatasetDescriptionDereferencesLikeAnyResource() throws Exception {
        assertEquals(200, s.get("/id/dataset", "text/turtle").statusCode());
        assertEquals(200, s.get("/catalog", "text/html").statusCode());
        assertEquals(200, s.get("/catalog.jsonld", null).statusCode());
    }
}
