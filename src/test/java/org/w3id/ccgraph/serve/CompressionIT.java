package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;

/** Gzip of text answers when the client asks for it: the same bytes once inflated, and caches told it varies. */
class CompressionIT {

    private static final String SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 2000";
    private static TestServer s;
    private static String obligation;

    @BeforeAll
    static void start() {
        s = TestServer.bundledServer();
        Resource o = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Obligation).next();
        obligation = "/" + o.getURI().substring(IriScheme.DEFAULT_BASE.length());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static HttpResponse<byte[]> request(String method, String path, String accept, String body, boolean gzip)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (accept != null) {
            r.header("Accept", accept);
        }
        if (body != null) {
            r.header("Content-Type", "application/sparql-query");
        }
        if (gzip) {
            r.header("Accept-Encoding", "gzip");
        }
        return s.http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} {1} as {2}")
    @CsvSource(delimiter = '|', value = {
            "GET|/|text/html",
            "GET|/query|text/html",
            "GET|OBLIGATION|text/turtle",
            "GET|OBLIGATION|application/ld+json",
            "GET|OBLIGATION|text/html",
            "GET|/catalog|application/rdf+xml",
            "GET|/.well-known/void|text/turtle",
            "GET|/sparql?query=SELECT|application/sparql-results+json",
            "GET|/sparql?query=SELECT|text/csv",
            "POST|/sparql|application/sparql-results+json",
            "GET|/web/yasgui.min.js|",
            "GET|/web/yasgui.min.css|",
            "GET|/web/query.js|",
            "GET|/api/obligations|text/csv"})
    void compressesEveryTextAnswerWhenAskedAndInflatesToTheSameBytes(String method, String path, String accept)
            throws Exception {
        String p = path.replace("OBLIGATION", obligation)
                .replace("query=SELECT", "query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8));
        String body = method.equals("POST") ? SELECT : null;
        HttpResponse<byte[]> plain = request(method, p, accept, body, false);
        HttpResponse<byte[]> zipped = request(method, p, accept, body, true);
        assertEquals(200, plain.statusCode());
        assertEquals(200, zipped.statusCode());
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), "not compressed unless asked");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""), zipped.headers().toString());
        assertTrue(String.join(",", zipped.headers().allValues("Vary")).contains("Accept-Encoding"), zipped.headers().toString());
        assertTrue(zipped.body().length < plain.body().length, "smaller compressed");
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
    }

    @Test
    void aNegotiatedAnswerVariesByAcceptAndByAcceptEncoding() throws Exception {
        HttpResponse<byte[]> r = request("GET", obligation, "text/turtle", null, true);
        String vary = String.join(",", r.headers().allValues("Vary"));
        assertTrue(vary.contains("Accept-Encoding") && vary.matches("(?s).*\\bAccept\\b(?!-).*"), vary);
    }

    @Test
    void theEtagOfACompressedAnswerAnswersAConditionalGetWith304() throws Exception {
        HttpResponse<byte[]> first = request("GET", obligation, "text/turtle", null, true);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = s.send("GET", obligation, null, "Accept", "text/turtle", "Accept-Encoding", "gzip",
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
    }
}
