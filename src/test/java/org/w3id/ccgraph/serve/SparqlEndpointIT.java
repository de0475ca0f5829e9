package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.SD;

/** The SPARQL endpoint: protocol, result formats, service description, read-only, CORS, timeout. */
class SparqlEndpointIT {

    private static TestServer s;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    @BeforeAll
    static void start() {
        s = TestServer.start(PublishServer.create().timeout(Duration.ofSeconds(2)), TestServer.bundled().dataset());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String q(String query) {
        return "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json,\"n\"", "application/sparql-results+xml,<sparql",
            "text/csv,n", "text/tab-separated-values,?n"})
    void answersSelectInEveryResultFormatOverGet(String accept, String expected) throws Exception {
        HttpResponse<String> r = s.get(q(COUNT), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        assertTrue(r.body().contains(expected), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml"})
    void answersConstructInEveryRdfFormat(String accept) throws Exception {
        String construct = "CONSTRUCT WHERE { ?s a <" + CCG.Obligation.getURI() + "> }";
        HttpResponse<String> r = s.get(q(construct), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        Model got = TestServer.parse(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(accept));
        Model expected = org.apache.jena.query.QueryExecutionFactory.create(construct, Fixtures.bundledGraph()).execConstruct();
        assertTrue(expected.size() > 0, "the bundled document has obligations");
        assertTrue(got.isIsomorphicWith(expected), "the " + accept + " answer holds exactly the obligations' types");
    }

    @Test
    void answersAQueryPostedAsFormOrAsSparqlQuery() throws Exception {
        HttpResponse<String> form = s.send("POST", "/sparql", "query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8),
                "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/csv");
        assertEquals(200, form.statusCode());
        HttpResponse<String> direct = s.send("POST", "/sparql", COUNT, "Content-Type", "application/sparql-query",
                "Accept", "text/csv");
        assertEquals(200, direct.statusCode());
        assertEquals(form.body(), direct.body());
    }

    @Test
    void describesItselfWithAServiceDescription() throws Exception {
        HttpResponse<String> r = s.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = TestServer.parse(r.body(), Lang.TURTLE);
        assertTrue(m.contains(null, SD.endpoint, m.createResource(s.server.publicBase().url("sparql"))));
        assertTrue(m.contains(null, SD.supportedLanguage, SD.SPARQL11Query));
    }

    @Test
    void refusesEveryKindOfUpdateAndLeavesTheDataAsItWas() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        int[] statuses = {
            s.send("POST", "/sparql", update, "Content-Type", "application/sparql-update").statusCode(),
            s.send("POST", "/sparql", "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8),
                    "Content-Type", "application/x-www-form-urlencoded").statusCode(),
            s.send("POST", "/", update, "Content-Type", "application/sparql-update").statusCode(),
            s.send("POST", "/update", update, "Content-Type", "application/sparql-update").statusCode(),
            s.send("PUT", "/get?default", "<urn:x:a> <urn:x:b> <urn:x:c> .", "Content-Type", "text/turtle").statusCode(),
            s.send("PUT", "/?default", "<urn:x:a> <urn:x:b> <urn:x:c> .", "Content-Type", "text/turtle").statusCode(),
            s.send("POST", "/data?default", "<urn:x:a> <urn:x:b> <urn:x:c> .", "Content-Type", "text/turtle").statusCode(),
            s.send("POST", "/upload", "x", "Content-Type", "text/turtle").statusCode(),
            s.send("DELETE", "/get?default", null).statusCode(),
            s.get("/$/datasets", null).statusCode(),
            s.get("/$/server", null).statusCode(),
        };
        for (int status : statuses) {
            assertTrue(status >= 400 && status < 500, "status " + status + " in " + java.util.Arrays.toString(statuses));
        }
        assertTrue(s.get(q("ASK { <urn:x:a> ?p ?o }"), "text/csv").body().contains("false"));
    }

    @Test
    void allowsGraphStoreReads() throws Exception {
        HttpResponse<String> r = s.get("/get?default", "application/n-triples");
        assertEquals(200, r.statusCode());
        assertEquals(TestServer.bundled().graph().size(), TestServer.parse(r.body(), Lang.NTRIPLES).size());
    }

    @Test
    void sendsCorsHeadersOnTheEndpointAndOnLinkedData() throws Exception {
        for (String path : new String[] {q(COUNT), "/id/actor/council", "/catalog"}) {
            HttpResponse<String> r = s.send("GET", path, null, "Origin", "https://elsewhere.example", "Accept", "text/turtle");
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), path + " " + r.headers());
        }
        HttpResponse<String> pre = s.send("OPTIONS", "/sparql", null, "Origin", "https://elsewhere.example",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"), pre.headers().toString());
    }

    @Test
    void refusesToCallOtherServices() throws Exception {
        String self = s.url("/sparql");
        HttpResponse<String> r = s.get(q("SELECT * WHERE { SERVICE <" + self + "> { ?s ?p ?o } } LIMIT 1"), "text/csv");
        assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
    }

    @Test
    void cutsOffAnExpensiveCrossJoinWithAClearErrorAndKeepsAnsweringOthers() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> call(q(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(regex(concat(str(?c), str(?f)), \"q.*z.*q\")) }")));
        Thread.sleep(300);
        long t0 = System.nanoTime();
        assertEquals(200, s.get("/id/actor/council", "text/turtle").statusCode());
        assertEquals(200, s.get(q(COUNT), "text/csv").statusCode());
        assertTrue(System.nanoTime() - t0 < 3_000_000_000L, "others are answered while the slow query runs");
        HttpResponse<String> r = slow.get();
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase(java.util.Locale.ROOT).contains("timed out") || r.body().contains("cancel"), r.body());
    }

    @Test
    void cutsOffACatastrophicRegexThatJenaAloneCannotInterrupt() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.get(q("SELECT ?s WHERE { ?s <" + CCG.content.getURI() + "> ?t "
                + "FILTER regex(?t, \"(.*,){12}QQQ\", \"s\") }"), "text/csv");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(seconds < 8, "stopped after " + seconds + " s");
        HttpResponse<String> replace = s.get(q("SELECT (replace(?t, \"(.*,){12}QQQ\", \"x\", \"s\") AS ?r) WHERE { ?s <"
                + CCG.content.getURI() + "> ?t }"), "text/csv");
        assertEquals(503, replace.statusCode(), replace.body());
        assertEquals(200, s.get(q("ASK { ?s ?p ?o FILTER regex(str(?o), \"^[0-9]+$\") }"), "text/csv").statusCode());
    }

    private static HttpResponse<String> call(String path) {
        try {
            return s.get(path, "text/csv");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
