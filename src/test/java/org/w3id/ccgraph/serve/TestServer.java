package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;

/** A publishing server on a free loopback port, and HTTP requests to it. */
final class TestServer implements AutoCloseable {

    private static Conversion bundled;

    final PublishServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(PublishServer server) {
        this.server = server;
    }

    /** The bundled document, converted once per test JVM. */
    static synchronized Conversion bundled() {
        if (bundled == null) {
            bundled = Converter.create().build().convertBundled();
        }
        return bundled;
    }

    /** A server over the bundled document. */
    static TestServer bundledServer() {
        return start(PublishServer.create(), bundled().dataset());
    }

    /** A server with the settings of {@code builder} over a copy of {@code data} in a transactional store. */
    static TestServer start(PublishServer.Builder builder, Dataset data) {
        Dataset store = DatasetFactory.createTxnMem();
        org.w3id.ccgraph.io.LocalStore.of(store).replace(data);
        return new TestServer(builder.port(0).dataset(store).build().start());
    }

    /** A server with the settings of {@code builder} over {@code store} itself (not a copy). */
    static TestServer over(PublishServer.Builder builder, Dataset store) {
        return new TestServer(builder.port(0).dataset(store).build().start());
    }

    /** The URL of a path on the server, by its loopback address. */
    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** A GET with an Accept header (none when null). */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            r.header("Accept", accept);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * A request with any method, headers as name-value pairs and a body, on a connection of its own: a
     * refused write may be answered and its connection closed by the server, and a POST is not retried
     * on a pooled connection that the server has closed.
     */
    HttpResponse<String> send(String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                .send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Parses a body in an RDF syntax. */
    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    @Override
    public void close() {
        server.stop();
    }
}
