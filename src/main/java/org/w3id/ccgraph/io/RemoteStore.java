package org.w3id.ccgraph.io;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Location;

/**
 * A graph in a remote SPARQL 1.1 Graph Store Protocol service (Fuseki, GraphDB, Virtuoso, Neptune, ...):
 * {@link #replace} sends a graph with HTTP PUT, which replaces that graph in the store, with HTTP Basic
 * credentials when they are given.
 *
 * <pre>{@code
 * RemoteStore.create().endpoint("http://localhost:3030/ds/data").graph("https://example.org/g")
 *         .credentials("admin", "pw").build().replace(model);
 * }</pre>
 */
public final class RemoteStore {

    /** Title of the failure when the store cannot be reached. */
    public static final String UNREACHABLE = "STORE UNREACHABLE";
    /** Title of the failure when the store answers with an error status. */
    public static final String REFUSED = "STORE REFUSED";

    private final String endpoint;
    private final String graph;
    private final String authorization;

    private RemoteStore(Builder b) {
        this.endpoint = b.endpoint;
        this.graph = b.graph;
        this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (b.user + ":" + (b.password == null ? "" : b.password)).getBytes(StandardCharsets.UTF_8));
    }

    /** Settings; {@link Builder#build()} makes the store. */
    public static Builder create() {
        return new Builder();
    }

    /** Replaces the graph (the named graph, or the default graph when none was named) with {@code model}. */
    public void replace(Model model) {
        GSP gsp = GSP.service(endpoint).httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NORMAL).build()).contentType(RDFFormat.NTRIPLES);
        gsp = graph == null ? gsp.defaultGraph() : gsp.graphName(graph);
        if (authorization != null) {
            gsp = gsp.httpHeader("Authorization", authorization);
        }
        try {
            gsp.PUT(model.getGraph());
        } catch (HttpException e) {
            if (e.getStatusCode() <= 0 || e.getCause() instanceof ConnectException) {
                throw new CcgraphException(UNREACHABLE, Location.of(endpoint),
                        "expected a SPARQL Graph Store Protocol service, found no answer: " + e.getMessage(), e);
            }
            throw new CcgraphException(REFUSED, Location.of(endpoint), "expected 2xx to PUT "
                    + (graph == null ? "the default graph" : "<" + graph + ">") + ", found HTTP " + e.getStatusCode()
                    + (e.getStatusCode() == 401 || e.getStatusCode() == 403 ? " (check --user and --password)" : ""), e);
        }
    }

    /** Settings of a remote store. */
    public static final class Builder {
        private String endpoint;
        private String graph;
        private String user;
        private String password;

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

        /** The store. */
        public RemoteStore build() {
            if (endpoint == null || !endpoint.matches("^https?://\\S+$")) {
                throw new IllegalArgumentException("expected an http(s) URL of a Graph Store Protocol service, found '"
                        + endpoint + "'");
            }
            return new RemoteStore(this);
        }
    }
}
