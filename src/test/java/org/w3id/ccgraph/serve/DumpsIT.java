package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.graph.PROV;

/**
 * The dumps: the content graph (Turtle, N-Triples, JSON-LD) and the dataset with its named graphs (N-Quads,
 * TriG), each listed in the catalogue with its format, and the same bytes from every start on the same data.
 */
class DumpsIT {

    private static final String PUBLIC = "https://data.example.org/ccgraph/";
    private static final List<String> DESCRIPTIONS = List.of("/catalog", "/catalog.jsonld", "/.well-known/void",
            "/download/");

    /**
     * Two starts, each converting the bundled document afresh, serve every dump, the catalogue, VoID and the
     * download page with the same bytes and ETags.
     */
    @Test
    void twoStartsOnTheSameDataServeTheSameBytesAndETags() throws Exception {
        Map<String, Fetched> first = everything(Converter.create().build().convertBundled());
        Map<String, Fetched> second = everything(Converter.create().build().convertBundled());
        assertEquals(first.keySet(), second.keySet());
        assertEquals(5 + DESCRIPTIONS.size(), first.size(), first.keySet().toString());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path).body(), second.get(path).body(), path);
            assertEquals(first.get(path).etag(), second.get(path).etag(), path);
            assertTrue(first.get(path).etag() != null, path + " has an ETag");
        }
    }

    /** The quad dumps hold the content as the default graph and the run record as a named graph. */
    @Test
    void theQuadDumpsHoldTheContentAndTheRunRecordAsANamedGraph() throws Exception {
        Conversion c = TestServer.bundled();
        try (TestServer s = TestServer.bundledServer()) {
            Fetched nq = fetch(s, "/download/ccgraph.nq.gz");
            assertEquals("application/gzip", nq.contentType());
            byte[] nquads = new GZIPInputStream(new ByteArrayInputStream(nq.body())).readAllBytes();
            Fetched trig = fetch(s, "/download/ccgraph.trig");
            assertTrue(trig.contentType().startsWith("application/trig"), trig.contentType());
            for (Dataset ds : List.of(parse(nquads, Lang.NQUADS), parse(trig.body(), Lang.TRIG))) {
                assertTrue(ds.getDefaultModel().isIsomorphicWith(c.graph()), "the default graph is the content");
                assertEquals(List.of(c.runIri()), names(ds));
                Model run = ds.getNamedModel(c.runIri());
                assertTrue(run.isIsomorphicWith(c.run()));
                assertTrue(run.contains(run.createResource(c.runIri()), org.apache.jena.vocabulary.RDF.type, PROV.Activity));
            }
            org.eclipse.rdf4j.model.Model rio = Rio.parse(new ByteArrayInputStream(nquads), "", RDFFormat.NQUADS);
            assertEquals(c.graph().size() + c.run().size(), rio.size(), "RDF4J reads the N-Quads dump");
            org.eclipse.rdf4j.model.Model rioTrig = Rio.parse(new ByteArrayInputStream(trig.body()), "", RDFFormat.TRIG);
            assertEquals(rio.size(), rioTrig.size(), "RDF4J reads the TriG dump");
        }
    }

    @Test
    void theCatalogueListsTheQuadDumpsWithTheirFormatAndMediaType() throws Exception {
        try (TestServer s = TestServer.bundledServer()) {
            Model catalogue = TestServer.parse(s.get("/catalog", "text/turtle").body(), Lang.TURTLE);
            assertDistribution(s, catalogue, "ccgraph.nq.gz", "RDF_N_QUADS", "application/n-quads", "application/gzip");
            assertDistribution(s, catalogue, "ccgraph.trig", "RDF_TRIG", "application/trig", null);
            assertDistribution(s, catalogue, "ccgraph.ttl", "RDF_TURTLE", "text/turtle", null);
            assertDistribution(s, catalogue, "ccgraph.nt.gz", "RDF_N_TRIPLES", "application/n-triples", "application/gzip");
            assertDistribution(s, catalogue, "ccgraph.jsonld", "JSON_LD", "application/ld+json", null);
            String page = s.get("/download/", "text/html").body();
            assertTrue(page.contains("ccgraph.nq.gz") && page.contains("ccgraph.trig"), page);
        }
    }

    private static void assertDistribution(TestServer s, Model catalogue, String file, String fileType, String mediaType,
                                           String compression) {
        Resource d = catalogue.listSubjectsWithProperty(DCAT.downloadURL,
                catalogue.createResource(s.server.publicBase().url("download/" + file))).next();
        assertEquals("http://publications.europa.eu/resource/authority/file-type/" + fileType,
                d.getPropertyResourceValue(DCTerms.format).getURI(), file);
        assertEquals("http://www.iana.org/assignments/media-types/" + mediaType,
                d.getPropertyResourceValue(DCAT.mediaType).getURI(), file);
        Resource compress = d.getPropertyResourceValue(DCAT.compressFormat);
        assertEquals(compression == null ? null : "http://www.iana.org/assignments/media-types/" + compression,
                compress == null ? null : compress.getURI(), file);
    }

    record Fetched(byte[] body, String etag, String contentType) {
    }

    /** Every dump and description of a server over a conversion, by path. */
    private static Map<String, Fetched> everything(Conversion conversion) throws Exception {
        Map<String, Fetched> out = new LinkedHashMap<>();
        try (TestServer s = TestServer.start(PublishServer.create().publicBase(PUBLIC), conversion.dataset())) {
            Model catalogue = TestServer.parse(s.get("/catalog", "text/turtle").body(), Lang.TURTLE);
            List<String> paths = new ArrayList<>(DESCRIPTIONS);
            catalogue.listObjectsOfProperty(DCAT.downloadURL).forEachRemaining(u ->
                    paths.add("/" + u.asResource().getURI().substring(PUBLIC.length())));
            for (String path : paths) {
                out.put(path, fetch(s, path));
            }
        }
        return out;
    }

    private static Fetched fetch(TestServer s, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return new Fetched(r.body(), r.headers().firstValue("ETag").orElse(null),
                r.headers().firstValue("Content-Type").orElse(""));
    }

    private static Dataset parse(byte[] bytes, Lang lang) {
        Dataset ds = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(ds);
        return ds;
    }

    private static List<String> names(Dataset ds) {
        List<String> names = new ArrayList<>();
        ds.listNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }
}
