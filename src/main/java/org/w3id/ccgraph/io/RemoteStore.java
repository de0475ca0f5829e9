package org.w3id.ccgraph.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * A remote SPARQL 1.1 Graph Store Protocol service (Fuseki, GraphDB, Virtuoso, Neptune, ...): {@link #replace}
 * sends a graph with HTTP PUT, which replaces that graph in the store; {@link #get} and {@link #delete} read
 * and drop a named graph. Every request carries the HTTP Basic credentials when they are given, and goes to
 * the endpoint named and nowhere else: a redirect is refused (a client that follows it would send the
 * credentials and the data to another host), and connecting and each answer are bounded by the time limit.
 *
 * <pre>{@code
 * RemoteStore.create().endpoint("http://localhost:3030/ds/data").graph("https://example.org/g")
 *         .credentials("admin", "pw").build().replace(model);
 * }</pre>
 */
public final class RemoteStore {


    /** The default time limit of connecting and of the answer. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The most {@link #get} reads of a graph: it is meant for small records, not for documents. */
    public static final int MAX_READ_BYTES = 1 << 20;

    private static final String NTRIPLES = "application/n-triples";

    private final String endpoint;
    private final String graph;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    private RemoteStore(Builder b) {
        this.endpoint = b.endpoint;
        this.graph = b.graph;
        this.timeout = b.timeout;
        this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (b.user + ":" + (b.password == null ? "" : b.password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Settings; {@link Builder#build()} makes the store. */
    public static Builder create() {
        return new Builder();
    }

    /** Replaces the graph (the named graph, or the default graph when none was named) with {@code model}. */
    public void replace(Model model) {
        replace(graph, model);
    }

    /** Replaces the graph named {@code name} (the default graph for null) with {@code model}. */
    public void replace(String name, Model model) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, model, RDFFormat.NTRIPLES_UTF8);
        replace(name, body.toByteArray());
    }

    /** Replaces the graph named {@code name} (the default graph for null) with the N-Triples {@code ntriples}. */
    public void replace(String name, byte[] ntriples) {
        HttpRequest.Builder put = request(name).header("Content-Type", NTRIPLES)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ntriples));
        check(send(put, HttpResponse.BodyHandlers.discarding()), "PUT", name);
    }

    /** Deletes the graph named {@code name}; false when the store did not have it. */
    public boolean delete(String name) {
        HttpResponse<Void> answer = send(request(name).DELETE(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 404) {
            return false;
        }
        check(answer, "DELETE", name);
        return true;
    }

    /**
     * The graph named {@code name}, or empty when the store does not have it. Meant for small graphs: an
     * answer longer than {@value #MAX_READ_BYTES} bytes is refused.
     */
    public Optional<Model> get(String name) {
        HttpResponse<InputStream> answer = send(request(name).header("Accept", NTRIPLES).GET(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = answer.body()) {
            if (answer.statusCode() == 404) {
                return Optional.empty();
            }
            check(answer, "GET", name);
            byte[] bytes = body.readNBytes(MAX_READ_BYTES + 1);
            if (bytes.length > MAX_READ_BYTES) {
                throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected a small graph in answer to "
                        + "GET " + what(name) + ", found more than " + MAX_READ_BYTES + " bytes");
            }
            Model m = ModelFactory.createDefaultModel();
            String type = answer.headers().firstValue("Content-Type").orElse(NTRIPLES);
            Lang lang = RDFLanguages.contentTypeToLang(type.replaceFirst(";.*", "").strip());
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang == null ? Lang.NTRIPLES : lang).parse(m);
            return Optional.of(m);
        } catch (RiotException e) {
            throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected RDF in answer to GET "
                    + what(name) + ", found what cannot be parsed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private HttpRequest.Builder request(String name) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target(name)).timeout(timeout);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (HttpTimeoutException e) {
            throw new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint), "expected a SPARQL Graph Store Protocol "
                    + "service, found no answer within " + timeout.toSeconds() + " s (--timeout)", e);
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint), "interrupted while waiting for the store", e);
        }
    }

    private CcgraphException unreachable(IOException e) {
        return new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint),
                "expected a SPARQL Graph Store Protocol service, found no answer: " + e, e);
    }

    private void check(HttpResponse<?> answer, String method, String name) {
        int status = answer.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        String what = what(name);
        if (status >= 300 && status < 400) {
            throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected 2xx to " + method + " " + what
                    + ", found HTTP " + status + " redirecting to " + answer.headers().firstValue("Location").orElse("nowhere")
                    + "; redirects are not followed, so that the data and credentials go only where --endpoint says: "
                    + "give the final URL as --endpoint");
        }
        throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected 2xx to " + method + " " + what
                + ", found HTTP " + status + (status == 401 || status == 403 ? " (check --user and the password)" : ""));
    }

    private static String what(String name) {
        return name == null ? "the default graph" : "<" + name + ">";
    }

    /** The endpoint with the graph parameter of the Graph Store Protocol. */
    private URI target(String name) {
        String param = name == null ? "default" : "graph=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
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
