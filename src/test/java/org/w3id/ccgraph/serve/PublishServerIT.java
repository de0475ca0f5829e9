package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;

class PublishServerIT {

    private static PublishServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = PublishServer.create().port(0)
                .dataset(DatasetFactory.create(Converter.create().build().convertBundled().graph()))
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String sparql() {
        return "http://127.0.0.1:" + server.port() + PublishServer.SPARQL;
    }

    @Test
    void answersASparqlQueryOverHttpWithTheTwentyFiveParagraphs() throws Exception {
        String q = "PREFIX eli: <http://data.europa.eu/eli/ontology#> SELECT ?n WHERE { ?p eli:is_part_of ?d . "
                + "?d a eli:Work . ?p eli:number ?n }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                        + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals(26, r.body().strip().lines().count(), r.body());
    }

    @Test
    void refusesASparqlUpdate() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(sparql()))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        HttpResponse<String> count = HTTP.send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                        + URLEncoder.encode("ASK { <urn:a> ?p ?o }", StandardCharsets.UTF_8)))
                        .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(count.body().contains("false"), count.body());
    }
}
