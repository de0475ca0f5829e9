package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.serve.describe.Catalogue;
import org.w3id.ccgraph.serve.describe.Dump;
import org.w3id.ccgraph.serve.describe.SiteText;

/**
 * The catalogue at {@code /catalog} against the official DCAT-AP 3.0.1 shapes (src/test/resources/dcat-ap,
 * copied unchanged from SEMIC), checked as a harvester checks it: all four files of the release (mandatory,
 * recommended, ranges, controlled vocabularies) at once, on rdf-validate-shacl, a JavaScript engine that is
 * not Jena (src/test/shacl-js, installed with npm ci when missing; .ci/run installs it). Node.js is required:
 * without it the test fails and says so.
 */
class CatalogueDcatApIT {

    private static final Path SCRIPTS = Path.of("src/test/shacl-js");
    private static final Path SHAPES = Path.of("src/test/resources/dcat-ap");
    private static final List<String> FOUR_FILES = List.of("shapes.ttl", "shapes_recommended.ttl", "range.ttl",
            "mdr-vocabularies.shape.ttl");
    private static final String CORPORATE_BODY_RESTRICTION = "http://data.europa.eu/r5r#CorporateBodyRestriction";
    /** DCAT-AP's planned availability of a distribution. */
    private static final org.apache.jena.rdf.model.Property AVAILABILITY =
            org.apache.jena.rdf.model.ResourceFactory.createProperty("http://data.europa.eu/r5r/availability");

    private static TestServer s;
    private static String turtle;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.bundledServer();
        HttpResponse<String> r = s.get("/catalog", "text/turtle");
        assertEquals(200, r.statusCode());
        turtle = r.body();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /**
     * Everything the four files ask for, mandatory and recommended, is there. What remains is one warning
     * per {@code dct:publisher} (catalogue, dataset, endpoint): the controlled-vocabulary shapes ask for a
     * publisher from the EU corporate-body table, and the bundled publisher is not an EU body, so saying it
     * is one would be false. The next test shows that an EU body as publisher leaves no result at all.
     */
    @Test
    void theServedCatalogueMeetsEveryShapeOfTheFourFilesButTheEuBodyCheckOfItsPublisher() throws Exception {
        Model catalogue = TestServer.parse(turtle, Lang.TURTLE);
        String publisher = catalogue.listObjectsOfProperty(catalogue.createResource(s.server.publicBase().canonical()
                + "catalog"), DCTerms.publisher).next().asResource().getURI();
        List<String> expected = new ArrayList<>();
        for (String focus : List.of(IriScheme.DEFAULT_BASE + "catalog", IriScheme.DEFAULT_BASE + "id/dataset",
                IriScheme.DEFAULT_BASE + "id/dataset/sparql")) {
            expected.add("Warning " + focus + " " + DCTerms.publisher.getURI() + " " + publisher + " "
                    + CORPORATE_BODY_RESTRICTION);
        }
        List<String> results = describe(validate(turtle, FOUR_FILES));
        results.sort(null);
        expected.sort(null);
        assertEquals(expected, results);
    }

    @Test
    void withAnEuBodyAsPublisherTheFourFilesReportNothing() throws Exception {
        Properties site = SiteText.bundledProperties();
        site.setProperty("publisher", "Council of the European Union");
        site.setProperty("publisherType", "SupraNationalAuthority");
        site.setProperty("publisherBody", "CONSIL");
        Model content = TestServer.bundled().graph();
        Model catalogue = new Catalogue(new IriScheme(IriScheme.DEFAULT_BASE), Publication.addresses(s.server.publicBase()),
                SiteText.of(site))
                .build(content, Publication.languages(content), Dump.of(content, java.util.Map.of(),
                        java.nio.file.Files.createTempDirectory("dumps"), org.w3id.ccgraph.graph.Prefixes.of(new IriScheme(IriScheme.DEFAULT_BASE)),
                        RdfBytes::jsonLd),
                        Publication.documentDates(content));
        assertTrue(catalogue.contains(null, DCTerms.publisher,
                catalogue.createResource("http://publications.europa.eu/resource/authority/corporate-body/CONSIL")));
        java.io.StringWriter out = new java.io.StringWriter();
        RDFDataMgr.write(out, catalogue, Lang.TURTLE);
        assertEquals(List.of(), describe(validate(out.toString(), FOUR_FILES)));
    }

    @Test
    void aServerGivenAPublishersSiteFileNamingAnEuBodyServesACatalogueTheFourFilesFindNothingIn() throws Exception {
        Path file = Files.createTempFile("site", ".properties");
        try {
            Files.writeString(file, "publisher=Council of the European Union\npublisherType=SupraNationalAuthority\n"
                    + "publisherBody=CONSIL\ncontactName=General Secretariat of the Council\n"
                    + "contactUrl=https://www.consilium.europa.eu/en/contact/\n");
            try (TestServer council = TestServer.start(PublishServer.create().siteFile(file), TestServer.bundled().dataset())) {
                String served = council.get("/catalog", "text/turtle").body();
                assertTrue(served.contains("corporate-body/CONSIL"), "the publisher is the EU body the file names");
                assertEquals(List.of(), describe(validate(served, FOUR_FILES)));
            }
            Files.writeString(file, "publsher=typo\n");
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> PublishServer.create().siteFile(file));
            assertTrue(e.getMessage().contains("publsher"), e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theReleasesAllInOneShapesFileReportsNothing() throws Exception {
        assertEquals(List.of(), describe(validate(turtle, List.of("dcat-ap-SHACL.ttl"))));
    }

    /** What the list asks for, read back from the served catalogue. */
    @Test
    void theCatalogueSaysWhoWhereWhenAndHowLong() {
        Model c = TestServer.parse(turtle, Lang.TURTLE);
        org.apache.jena.rdf.model.Resource dataset = c.createResource(IriScheme.DEFAULT_BASE + "id/dataset");
        assertEquals("http://publications.europa.eu/resource/authority/corporate-body/CONSIL",
                dataset.getPropertyResourceValue(DCTerms.creator).getURI(), "the Council created the documents");
        assertEquals("http://publications.europa.eu/resource/authority/country/EUR",
                dataset.getPropertyResourceValue(DCTerms.spatial).getURI());
        org.apache.jena.rdf.model.Resource period = dataset.getPropertyResourceValue(DCTerms.temporal);
        assertEquals("2019-10-08", period.getProperty(DCAT.startDate).getLiteral().getLexicalForm(), "the document's date");
        assertEquals("2019-10-08", period.getProperty(DCAT.endDate).getLiteral().getLexicalForm());
        for (org.apache.jena.rdf.model.Resource d : c.listSubjectsWithProperty(RDF.type, DCAT.Distribution).toList()) {
            assertTrue(d.hasProperty(DCTerms.format), d + " has a format");
            assertTrue(d.getPropertyResourceValue(DCTerms.format).getURI()
                    .startsWith("http://publications.europa.eu/resource/authority/file-type/"), d.toString());
            assertTrue(d.hasProperty(AVAILABILITY), d + " has an availability");
        }
        assertTrue(dataset.hasProperty(DCAT.contactPoint));
    }

    /** A second parser, RDF4J Rio, reads every syntax of the catalogue to the same number of triples as Jena. */
    @Test
    void rdf4jReadsTheCatalogueInEverySyntax() throws Exception {
        long size = TestServer.parse(turtle, Lang.TURTLE).size();
        for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.JSONLD, RDFFormat.RDFXML, RDFFormat.NTRIPLES)) {
            HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.url("/catalog")))
                    .header("Accept", format.getDefaultMIMEType()).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), format.getName());
            org.eclipse.rdf4j.rio.RDFParser parser = Rio.createParser(format);
            // a served JSON-LD document may name the server's own context; RDF4J loads only what it is allowed to
            parser.getParserConfig().set(JSONLDSettings.WHITELIST, Set.of(s.server.publicBase().url("context.jsonld")));
            org.eclipse.rdf4j.model.Model m = new LinkedHashModel();
            parser.setRDFHandler(new StatementCollector(m));
            parser.parse(new ByteArrayInputStream(r.body()), s.url("/catalog"));
            assertEquals(size, m.size(), format.getName());
        }
    }

    /** Each result as "severity focus path value shape-or-component", for a readable assertion. */
    private static List<String> describe(List<JsonObject> results) {
        List<String> out = new ArrayList<>();
        for (JsonObject r : results) {
            String message = str(r, "message");
            String shape = message.contains("<" + CORPORATE_BODY_RESTRICTION + ">") ? CORPORATE_BODY_RESTRICTION
                    : str(r, "component") + " " + message;
            out.add(str(r, "severity") + " " + str(r, "focusNode") + " " + str(r, "path") + " " + str(r, "value")
                    + " " + shape);
        }
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.get(key) == null || o.get(key).isNull() ? "" : o.get(key).getAsString().value();
    }

    /** The results of rdf-validate-shacl on a Turtle text with the named shape files merged. */
    static List<JsonObject> validate(String data, List<String> shapeFiles) throws IOException, InterruptedException {
        ensureEngine();
        Path file = Files.createTempFile("ccgraph-catalogue", ".ttl");
        try {
            Files.writeString(file, data, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("node", "dcat-ap.mjs", file.toString()));
            shapeFiles.forEach(f -> command.add(SHAPES.resolve(f).toAbsolutePath().toString()));
            Run run = run(command, 180);
            assertEquals(0, run.exit(), "rdf-validate-shacl failed:\n" + run.output());
            List<JsonObject> results = new ArrayList<>();
            JsonObject summary = null;
            for (String line : run.output().split("\n")) {
                if (line.startsWith("{")) {
                    JsonObject o = JSON.parse(line);
                    if (o.hasKey("results")) {
                        summary = o;
                    } else {
                        results.add(o);
                    }
                }
            }
            assertTrue(summary != null, "no summary from rdf-validate-shacl:\n" + run.output());
            assertEquals(summary.get("results").getAsNumber().value().intValue(), results.size());
            return results;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Node.js and the pinned rdf-validate-shacl, installed with npm ci when missing; a clear failure without Node. */
    private static void ensureEngine() throws IOException, InterruptedException {
        Run version;
        try {
            version = run(List.of("node", "--version"), 30);
        } catch (IOException e) {
            fail("Node.js is needed to check the catalogue with rdf-validate-shacl and 'node' is not on the PATH"
                    + " (Debian: apt-get install nodejs npm; .ci/run installs it): " + e.getMessage());
            return;
        }
        assertEquals(0, version.exit(), "node --version failed: " + version.output());
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/rdf-validate-shacl"))) {
            Run install;
            try {
                install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            } catch (IOException e) {
                fail("npm is needed to install rdf-validate-shacl in " + SCRIPTS + " (Debian: apt-get install npm): "
                        + e.getMessage());
                return;
            }
            assertEquals(0, install.exit(), "npm ci in " + SCRIPTS + " failed:\n" + install.output());
        }
    }

    record Run(int exit, String output) {
    }

    private static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("ccgraph-shacl-js", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "timed out after " + seconds + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
