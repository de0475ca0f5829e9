package org.w3id.ccgraph.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * A graph in a remote SPARQL 1.1 Graph Store Protocol service (Fuseki, GraphDB, Virtuoso, Neptune, ...):
 * {@link #replace} sends a graph with HTTP PUT, which replaces that graph in the store, with HTTP Basic
 * credentials when they are given. The PUT goes to the endpoint named and nowhere else: a redirect is
 * refused (a client that follows it would send the credentials and the data to another host), and
 * connecting and the answer are each bounded by the time limit.
 *
 * <pre>{@code
 * RemoteStore.create().endpoint("http://localhost:3030/ds/data").graph("https://example.org/g")
 *         .credentials("admin", "pw").build().replace(model);
 * }</pre>
 */
public final class RemoteStore {


    /** The default time limit of connecting and of the answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final String endpoint;
    private final String graph;
    private final String authorization;
    private final Duration timeout;

    private RemoteStore(Builder b) {
        this.endpoint = b.endpoint;
        this.graph = b.graph;
        this.timeout = b.timeout;
        this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (b.user + ":" + (b.password == null ? "" : b.password)).getBytes(StandardCharsets.UTF_8));
    }

    /** Settings; {@link Builder#build()} makes the store. */
    public static Builder create() {
        return new Builder();
    }

    /** Replaces the graph (the named graph, or the default graph when none was named) with {@code model}. */
    public void replace(Model model) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, model, RDFFormat.NTRIPLES_UTF8);
        HttpRequest.Builder put = HttpRequest.newBuilder(target()).timeout(timeout)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            put.header("Authorization", authorization);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> answer;
        try {
            answer = http.send(put.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint), "expected a SPARQL Graph Store Protocol "
                    + "service, found no answer within " + timeout.toSeconds() + " s (--timeout)", e);
        } catch (IOException e) {
            throw new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint),
                    "expected a SPARQL Graph Store Protocol service, found no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint), "interrupted while waiting for the store", e);
        }
        check(answer);
    }

    private void check(HttpResponse<Void> answer) {
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String what = graph == null ? "the default graph" : "<" + graph + ">";
        if (status >= 300 && status < 400) {
            throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected 2xx to PUT " + what + ", found HTTP "
                    + status + " redirecting to " + answer.headers().firstValue("Location").orElse("nowhere")
                    + "; redirects are not followed, so that the data and credentials go only where --endpoint says: "
                    + "give the final URL as --endpoint");
        }
        throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected 2xx to PUT " + what + ", found HTTP " + status
                + (status == 401 || status == 403 ? " (check --user and the password)" : ""));
    }

    /** The endpoint with the graph parameter of the Graph Store Protocol. */
    private URI target() {
        String param = graph == null ? "default" : "graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8);
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + param);
    }

    /** Whether the endpoint is plain http to another machine, so that data and credentials travel unencrypted. */
    public boolean isPlainHttpToAnotherMachine() {
        URI uri = URI.create(endpoint);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
        return "http".equalsIgnoreCase(uri.getScheme()) && !loopback;
    }

    /** Settings of a remote store. */
    public static final class Builder {
        private String endpoint;
        private String graph;
        private String user;
        private String password;
        private Duration timeout = DEFAULT_TIMEOUT;

        private Builder() {
        }

        /** The Graph Store Protocol service URL, e.g. {@code http://host:3030/ds/data}. */
        public Builder endpoint(String endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** The named graph to replace; null for the default graph. */
        public Builder graph(String graph) {
            this.graph = graph;
            return this;
        }

        /** HTTP Basic credentials; a null user sends none. */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /** The time limit of connecting and of the answer; default {@link #DEFAULT_TIMEOUT}. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The store. */
        public RemoteStore build() {
            if (endpoint == null || !endpoint.matches("^https?://\\S+$")) {
                throw new IllegalArgumentException("expected an http(s) URL of a Graph Store Protocol service, found '"
                        + endpoint + "'");
            }
            try {
                URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected an http(s) URL of a Graph Store Protocol service, found '"
                        + endpoint + "': " + e.getMessage(), e);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("expected a positive time limit, found " + timeout);
            }
            return new RemoteStore(this);
        }
    }
}
