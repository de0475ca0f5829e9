package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;
import org.w3id.ccgraph.query.ResultFormat;

/** The named queries as an API: CSV or JSON by Accept or extension, and the OpenAPI description. */
class NamedQueryApiIT {

    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.bundledServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void runsANamedQueryAsCsvByExtensionWithTheRowsOfTheCommandLine() throws Exception {
        HttpResponse<String> r = s.get("/api/obligations.csv", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new QueryRunner(DatasetFactory.create(TestServer.bundled().graph()))
                .run(QueryRunner.parse(QueryCatalog.text("obligations").orElseThrow()), ResultFormat.CSV, expected);
        assertEquals(expected.toString(StandardCharsets.UTF_8), r.body());
    }

    @Test
    void answersJsonResultsByAcceptOrExtension() throws Exception {
        HttpResponse<String> r = s.get("/api/footnotes", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
        JsonObject json = JSON.parse(r.body());
        assertEquals(15, json.getObj("results").get("bindings").getAsArray().size());
        assertEquals(200, s.get("/api/footnotes.json", null).statusCode());
        assertTrue(s.get("/api/footnotes", null).headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals(406, s.get("/api/footnotes", "image/png").statusCode());
        assertEquals(404, s.get("/api/no-such-query", null).statusCode());
        assertEquals(404, s.get("/api/footnotes.ttl", null).statusCode());
    }

    @Test
    void theOpenApiDescriptionListsEveryQueryWithItsColumns() throws Exception {
        JsonObject doc = JSON.parse(s.get("/api/openapi.json", null).body());
        assertEquals("3.0.3", doc.getString("openapi"));
        JsonObject paths = doc.getObj("paths");
        for (String name : QueryCatalog.names()) {
            JsonObject get = paths.getObj("/api/" + name).getObj("get");
            assertTrue(get.get("x-columns").getAsArray().size() > 0, name);
            assertEquals("[page, size]", get.get("parameters").getAsArray().stream()
                    .map(v -> v.getAsObject().getString("name")).toList().toString(), name);
        }
        assertTrue(paths.getObj("/api/obligations").getObj("get").get("x-columns").toString().contains("addresseeLabel"));
        assertEquals(200, s.get("/api/", "text/html").statusCode());
    }
}
