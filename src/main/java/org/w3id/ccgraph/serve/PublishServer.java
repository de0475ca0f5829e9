package org.w3id.ccgraph.serve;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.exec.http.Service;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.io.LocalStore;

/**
 * An embedded Fuseki publishing one dataset read-only, with linked data in front of it: SPARQL 1.1 query at
 * {@code /sparql} (and graph store reads at {@code /get}), every minted IRI dereferenceable with content
 * negotiation, HTML pages, the DCAT-AP catalogue, VoID, dumps, the named-query API and full-text search
 * ({@code /search}, and {@code text:query} in SPARQL, over a {@link SearchIndex}). No endpoint updates
 * the data; queries are cut off after the timeout and may not call other services. It listens on loopback
 * unless given another host, and keeps within its {@link ServerLimits}.
 *
 * <pre>{@code
 * PublishServer server = PublishServer.create().port(3030).host("0.0.0.0").dataset(ds).build().start();
 * server.port(); server.replace(newContent); server.stop();
 * }</pre>
 */
public final class PublishServer {

    /** The path of the SPARQL endpoint. */
    public static final String SPARQL = "/" + LinkedDataFilter.SPARQL;
    /** The default query time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final DatasetGraph store;
    private final IriScheme scheme;
    private final String publicUrl;
    private final Duration timeout;
    private final SearchIndex index;
    private final boolean buildIndex;
    private final AtomicReference<Publication> current = new AtomicReference<>();

    private PublishServer(Builder b) {
        this.store = b.dataset.asDatasetGraph();
        this.scheme = b.scheme;
        this.publicUrl = b.publicUrl;
        this.timeout = b.timeout;
        store.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        store.getContext().set(Service.httpServiceAllowed, false);
        GuardedQueryEngine.install(store.getContext(), b.limits);
        this.buildIndex = b.index == null;
        this.index = buildIndex ? SearchIndex.memory() : b.index;
        index.install(store.getContext());
        DataService service = DataService.newBuilder(store)
                .addEndpoint(Operation.Query, LinkedDataFilter.SPARQL)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, LinkedDataFilter.GSP_READ)
                .addEndpoint(Operation.GSP_R)
                .build();
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .numServerThreads(ServerLimits.MIN_THREADS, b.limits.threads())
                .registerOperation(Operation.Query, new BoundedQueryService(b.limits, timeout))
                .enablePing(true)
                .enableCors(false)
                .addFilter("/*", new CorsFilter())
                .addFilter("/*", new LinkedDataFilter(current, index.search()))
                .add("/", service)
                .build();
        Connections.apply(fuseki.getJettyServer(), b.host, b.limits, timeout);
        Compression.apply(fuseki.getJettyServer());
    }

    /** Settings; {@link #build()} makes the server. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts listening and publishes the dataset; returns this server. */
    public PublishServer start() {
        if (buildIndex) {
            index.rebuild(store, null);
        }
        fuseki.start();
        current.set(Publication.of(store, scheme, publicBase(), timeout));
        return this;
    }

    /** The public base the server writes its links with. */
    public PublicBase publicBase() {
        return new PublicBase(scheme.base(), publicUrl != null ? publicUrl : "http://localhost:" + port() + "/");
    }

    /**
     * Replaces the served data with the content of {@code replacement} in one write transaction, so that
     * every query sees either the old or the new data, then publishes the new version.
     */
    public void replace(Dataset replacement) {
        LocalStore replaced = LocalStore.of(DatasetFactory.wrap(store));
        replaced.replace(replacement);
        index.rebuild(store, replaced.version());
        current.set(Publication.of(store, scheme, publicBase(), timeout));
    }

    /** The address it listens on. */
    public String host() {
        for (org.eclipse.jetty.server.Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector connector) {
                return connector.getHost();
            }
        }
        return null;
    }

    /** The port it listens on (the chosen one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Stops the server and closes its text index. */
    public void stop() {
        fuseki.stop();
        index.close();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The address the server listens on by default: loopback only. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Settings of a server. */
    public static final class Builder {
        private int port = 3030;
        private String host = LOOPBACK;
        private ServerLimits limits = ServerLimits.DEFAULTS;
        private Dataset dataset;
        private IriScheme scheme = IriScheme.defaults();
        private String publicUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private SearchIndex index;

        private Builder() {
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The address to listen on: {@value #LOOPBACK} (the default), 0.0.0.0 for every interface, or one address. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** What one client can take from the server; default {@link ServerLimits#DEFAULTS}. */
        public Builder limits(ServerLimits limits) {
            this.limits = limits;
            return this;
        }

        /** The dataset to publish: content in the default graph, run records in named graphs. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The IRI scheme the data was minted with (its base is the canonical base). */
        public Builder scheme(IriScheme scheme) {
            this.scheme = scheme;
            return this;
        }

        /** The public URL the canonical base maps onto, ending with "/"; default the server itself. */
        public Builder publicBase(String url) {
            this.publicUrl = url;
            return this;
        }

        /** The query time limit. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /**
         * The text index of the dataset, current, which the server closes when it stops; default one in memory,
         * built from the dataset when the server starts.
         */
        public Builder search(SearchIndex index) {
            this.index = index;
            return this;
        }

        /** The server, not yet started. */
        public PublishServer build() {
            if (dataset == null) {
                throw new IllegalStateException("a dataset is required");
            }
            if (publicUrl != null) {
                new PublicBase(scheme.base(), publicUrl);
            }
            return new PublishServer(this);
        }
    }
}
