package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.FusekiProcess;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.io.RemoteData;
import org.w3id.ccgraph.serve.PublishServer;

/**
 * {@code serve --sparql-endpoint} in front of a real second server: Fuseki's own server jar with a TDB2 store
 * whose default graph is the union of its named graphs, filled with {@code ccgraph load}. Pages, content
 * negotiation, the API, the catalogue and /sparql are all answered from it, nothing copied.
 */
class ServeRemoteIT {

    @TempDir
    static Path dir;
    static FusekiProcess fuseki;
    static PublishServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void loadAndServe() throws Exception {
        fuseki = FusekiProcess.start(dir.resolve("fuseki"), List.of("--set", "tdb:unionDefaultGraph=true"));
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (var texts = Files.list(Fixtures.corpusFolder())) {
            for (Path t : texts.sorted().limit(3).toList()) {
                Files.copy(t, corpus.resolve(t.getFileName()));
            }
        }
        Cli.Run load = Cli.run("load", "--endpoint", fuseki.data(), corpus.toString());
        assertEquals(0, load.exit(), load.err());
        RemoteData data = new RemoteData(fuseki.sparql(), null, null, Duration.ofSeconds(30));
        data.checkLoaded();
        server = PublishServer.create().port(0).remote(data).build().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
        if (fuseki != null) {
            fuseki.close();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    /** Where the server publishes a canonical IRI: its path after the base. */
    private static String path(String iri) {
        assertTrue(iri.startsWith(org.w3id.ccgraph.graph.IriScheme.DEFAULT_BASE), iri);
        return "/" + iri.substring(org.w3id.ccgraph.graph.IriScheme.DEFAULT_BASE.length());
    }

    /** The IRIs of the Council texts, asked of Fuseki itself. */
    private static List<String> documents() {
        return fuseki.select("SELECT DISTINCT ?d WHERE { ?d a <" + CCG.CouncilText.getURI() + "> } ORDER BY ?d").stream()
                .map(s -> s.getResource("d").getURI()).toList();
    }

    @Test
    void theLandingPageListsTheDocumentsOfTheRemoteStore() throws Exception {
        HttpResponse<String> r = get("/", "text/html");
        assertEquals(200, r.statusCode());
        assertEquals(3, documents().size(), "three documents were loaded");
        for (String d : documents()) {
            assertTrue(r.body().contains(path(d)), "the landing page links " + path(d));
        }
    }

    @Test
    void aDocumentIriDereferencesToItsTriplesInTurtleAndHtml() throws Exception {
        String doc = documents().get(0);
        String path = path(doc);
        HttpResponse<String> ttl = get(path, "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        Model m = parse(ttl.body(), Lang.TURTLE);
        Resource r = m.createResource(doc);
        assertTrue(m.contains(r, RDF.type, CCG.CouncilText), "the description says what the document is");
        long remote = fuseki.select("SELECT (COUNT(*) AS ?n) WHERE { <" + doc + "> ?p ?o }").get(0).getLiteral("n")
                .getLong();
        assertEquals(remote, m.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).toList().size(),
                "every triple about the document in the store is in its description");
        HttpResponse<String> html = get(path, "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("<html"), "a page for people");
        assertEquals(404, get(path + "-no-such-thing", "text/turtle").statusCode());
    }

    @Test
    void sparqlQueriesAreAnsweredByTheRemoteStore() throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <" + CCG.CouncilText.getURI() + "> }";
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        QuerySolution row = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                r.body().getBytes(StandardCharsets.UTF_8))).next();
        assertEquals(3, row.getLiteral("n").getInt());
        String service = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }";
        HttpResponse<String> refused = get("/sparql?query=" + URLEncoder.encode(service, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertFalse(refused.statusCode() == 200, "a query that calls another service is refused");
        assertEquals(404, get("/get?default", "text/turtle").statusCode(),
                "no graph store reads, which would copy the remote store whole");
    }

    @Test
    void theNamedQueryApiAndTheCatalogueWork() throws Exception {
        HttpResponse<String> api = get("/api/obligations.csv", null);
        assertEquals(200, api.statusCode(), api.body());
        long remote = fuseki.select("SELECT (COUNT(*) AS ?n) WHERE { ?o a <" + CCG.Obligation.getURI() + "> }").get(0)
                .getLiteral("n").getLong();
        assertTrue(remote > 0);
        assertTrue(api.body().lines().count() > 1, "rows besides the header");
        HttpResponse<String> catalog = get("/catalog", "text/turtle");
        assertEquals(200, catalog.statusCode(), catalog.body());
        Model m = parse(catalog.body(), Lang.TURTLE);
        assertFalse(m.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().isEmpty());
    }

    @Test
    void whileTheStoreIsDownPagesAre502AndComeBackWithIt() throws Exception {
        List<String> docs = documents();
        fuseki.kill();
        try {
            HttpResponse<String> down = get(path(docs.get(docs.size() - 1)) + ".nt", null);
            assertEquals(502, down.statusCode(), down.body());
            assertTrue(down.body().contains("store"), down.body());
        } finally {
            fuseki.relaunch();
        }
        assertEquals(200, get(path(docs.get(docs.size() - 1)) + ".nt", null).statusCode());
    }

    @Test
    void searchAsksTheRemoteStoreAndMarksTheWords() throws Exception {
        String word = fuseki.select("SELECT ?t WHERE { ?p <" + CCG.text.getURI() + "> ?t } ORDER BY ?t LIMIT 1").get(0)
                .getLiteral("t").getLexicalForm().split("\\s+")[0].replaceAll("[^\\p{L}]", "");
        assertFalse(word.isEmpty());
        HttpResponse<String> json = get("/search.json?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null);
        assertEquals(200, json.statusCode(), json.body());
        assertTrue(json.body().contains("\"iri\""), json.body());
        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode(word + " <script>", StandardCharsets.UTF_8),
                "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains("<script>"), "the query is escaped in the page");
    }

    @Test
    void aStoreWhoseDefaultGraphIsNotTheUnionIsRefusedWithAReason() throws Exception {
        try (FusekiProcess plain = FusekiProcess.start(dir.resolve("plain"))) {
            Path one = dir.resolve("one");
            Files.createDirectories(one);
            try (var texts = Files.list(Fixtures.corpusFolder())) {
                for (Path t : texts.sorted().limit(2).toList()) {
                    Files.copy(t, one.resolve(t.getFileName()));
                }
            }
            assertEquals(0, Cli.run("load", "--endpoint", plain.data(), one.toString()).exit());
            Cli.Run r = Cli.run("serve", "--port", "0", "--sparql-endpoint", plain.sparql());
            assertEquals(4, r.exit(), r.err());
            assertTrue(r.err().contains("STORE NOT LOADED") && r.err().contains("unionDefaultGraph"), r.err());
            plain.update("DROP ALL");
            Cli.Run empty = Cli.run("serve", "--port", "0", "--sparql-endpoint", plain.sparql());
            assertEquals(4, empty.exit(), empty.err());
            assertTrue(empty.err().contains("found none"), empty.err());
        }
        Cli.Run away = Cli.run("serve", "--port", "0", "--sparql-endpoint", "http://127.0.0.1:9/ds/sparql");
        assertTrue(away.err().contains("STORE UNREACHABLE"), away.err());
        Cli.Run noPassword = Cli.run("serve", "--port", "0", "--sparql-endpoint", fuseki.sparql(), "--sparql-user", "u",
                "--sparql-password-file", dir.resolve("no-such-file").toString());
        assertTrue(noPassword.err().contains("NO SUCH FILE") && noPassword.err().contains("no-such-file"),
                noPassword.err());
        assertEquals(4, noPassword.exit(), noPassword.err());
    }

    @Test
    void entityTagsFollowTheVersionOfTheStoreAcrossRestartsAndALoadIsPublishedWithoutARestart() throws Exception {
        try (FusekiProcess own = FusekiProcess.start(dir.resolve("versions"), List.of("--set", "tdb:unionDefaultGraph=true"))) {
            List<Path> texts;
            try (var files = Files.list(Fixtures.corpusFolder())) {
                texts = files.sorted().limit(2).toList();
            }
            Path one = dir.resolve("version-one");
            Files.createDirectories(one);
            Files.copy(texts.get(0), one.resolve(texts.get(0).getFileName()));
            assertEquals(0, Cli.run("load", "--endpoint", own.data(), one.toString()).exit());
            RemoteData data = new RemoteData(own.sparql(), null, null, Duration.ofSeconds(30));
            String version = data.version();
            assertTrue(version != null && version.contains(own.sparql()), version);
            String[] pages = {"/", "/documents", "/catalog"};
            java.util.Map<String, String> tags = new java.util.HashMap<>();
            Path dumps = dir.resolve("remote-dumps");
            PublishServer first = PublishServer.create().port(0).remote(data).publicBase("https://data.example.org/")
                    .refresh(Duration.ofMillis(200)).dumpsByVersion(dumps).build().start();
            try {
                for (String p : pages) {
                    tags.put(p, on(first, p, null).headers().firstValue("ETag").orElseThrow());
                }
                assertEquals(200, on(first, "/download/ccgraph.nt.gz", null).statusCode());
            } finally {
                first.stop();
            }
            List<Path> written = folders(dumps);
            assertEquals(1, written.size(), written.toString());
            java.nio.file.attribute.FileTime when = Files.getLastModifiedTime(written.get(0).resolve("ccgraph.nt.gz"));
            PublishServer second = PublishServer.create().port(0).remote(data).publicBase("https://data.example.org/")
                    .refresh(Duration.ofMillis(200)).dumpsByVersion(dumps).build().start();
            try {
                for (String p : pages) {
                    assertEquals(304, on(second, p, tags.get(p)).statusCode(), "a restart on the same data: " + p);
                }
                assertEquals(200, on(second, "/download/ccgraph.nt.gz", null).statusCode());
                assertEquals(when, Files.getLastModifiedTime(written.get(0).resolve("ccgraph.nt.gz")),
                        "the dumps of this version are not written again by a restart");
                String pending = "GRAPH <" + org.w3id.ccgraph.io.RemoteCorpus.RECORD_PREFIX + "urn:x:doc> { <urn:x:r> "
                        + "<http://purl.org/dc/terms/modified> \"2030-01-01T00:00:00Z\" }";
                own.update("INSERT DATA { " + pending + " }");
                assertTrue(data.loading(), "a graph being replaced (its record has no digest) is a load under way");
                Thread.sleep(1000);
                assertEquals(304, on(second, "/", tags.get("/")).statusCode(), "nothing is published during a load");
                own.update("DELETE DATA { " + pending + " }");
                assertFalse(data.loading());
                Files.copy(texts.get(1), one.resolve(texts.get(1).getFileName()));
                assertEquals(0, Cli.run("load", "--endpoint", own.data(), one.toString()).exit());
                assertFalse(version.equals(data.version()), "a load is a new version");
                assertFalse(data.loading(), "a load that ended leaves no mark");
                long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                HttpResponse<String> landing = on(second, "/", tags.get("/"));
                while (landing.statusCode() == 304 && System.nanoTime() < until) {
                    Thread.sleep(100);
                    landing = on(second, "/", tags.get("/"));
                }
                assertEquals(200, landing.statusCode(), "the server follows the load without a restart");
                HttpResponse<String> documents = on(second, "/documents", null);
                assertTrue(documents.body().contains("2 documents"), documents.body());
                assertEquals(200, on(second, "/download/ccgraph.nt.gz", null).statusCode());
                List<Path> after = folders(dumps);
                assertEquals(1, after.size(), "one folder, of the version served: " + after);
                assertFalse(after.equals(written), "the dumps of the new version: " + after);
            } finally {
                second.stop();
            }
        }
    }

    private static List<Path> folders(Path root) throws java.io.IOException {
        try (var files = Files.list(root)) {
            return files.sorted().toList();
        }
    }

    /** A GET of a path of {@code server}, with If-None-Match when a tag is given. */
    private static HttpResponse<String> on(PublishServer server, String path, String etag) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", path.equals("/catalog") ? "text/turtle" : "text/html");
        if (etag != null) {
            r.header("If-None-Match", etag);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
