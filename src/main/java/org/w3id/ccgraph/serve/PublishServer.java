package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.io.PublishedData;
import org.w3id.ccgraph.io.RemoteData;
import org.w3id.ccgraph.serve.describe.SiteText;
import org.w3id.ccgraph.serve.http.Compression;
import org.w3id.ccgraph.serve.http.Connections;
import org.w3id.ccgraph.serve.http.CorsFilter;
import org.w3id.ccgraph.serve.http.ServerLimits;
import org.w3id.ccgraph.serve.sparql.BoundedQueryService;
import org.w3id.ccgraph.serve.sparql.GuardedQueryEngine;

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
    /** The default bound of the cache of rendered responses: 64 MiB. */
    public static final long DEFAULT_CACHE_BYTES = 64L << 20;
    /**
     * How often the version of a remote store is asked for, by default: as long as a client may reuse a response
     * without asking again ({@code max-age}).
     */
    public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(60);
    /** The default query time limit. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final DatasetGraph store;
    private final PublishedData data;
    private final IriScheme scheme;
    private final String publicUrl;
    private final Duration timeout;
    private final SearchIndex index;
    private final boolean buildIndex;
    private final TextSearch search;
    private final AtomicReference<Publication> current = new AtomicReference<>();
    private final Path dumpFolder;
    private final boolean ownDumpFolder;
    private final boolean byVersion;
    private final long cacheBytes;
    private final SiteText site;
    private final Duration refresh;
    private java.util.concurrent.ScheduledExecutorService watcher;
    private int versions;

    private PublishServer(Builder b) {
        this.store = b.remote != null ? DatasetGraphFactory.wrap(b.remote.graph()) : b.dataset.asDatasetGraph();
        this.data = b.remote != null ? b.remote : PublishedData.local(store, "the store");
        this.ownDumpFolder = b.dumpFolder == null && b.dumpRoot == null;
        this.byVersion = b.dumpRoot != null;
        this.cacheBytes = b.cacheBytes;
        this.site = b.site;
        this.refresh = b.refresh;
        try {
            this.dumpFolder = ownDumpFolder ? Files.createTempDirectory("ccgraph-dumps")
                    : byVersion ? b.dumpRoot : b.dumpFolder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.scheme = b.scheme;
        this.publicUrl = b.publicUrl;
        this.timeout = b.timeout;
        store.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        store.getContext().set(Service.httpServiceAllowed, false);
        GuardedQueryEngine.install(store.getContext(), b.limits);
        this.buildIndex = b.index == null && b.remote == null;
        this.index = b.remote != null ? null : buildIndex ? SearchIndex.memory() : b.index;
        if (index != null) {
            index.install(store.getContext());
        }
        this.search = b.remote != null ? new RemoteTextSearch(b.remote, timeout) : index.search();
        DataService.Builder endpoints = DataService.newBuilder(store)
                .addEndpoint(Operation.Query, LinkedDataFilter.SPARQL)
                .addEndpoint(Operation.Query);
        if (b.remote == null) {
            // Graph store reads of a remote store would fetch it whole through this server: query it instead.
            endpoints.addEndpoint(Operation.GSP_R, LinkedDataFilter.GSP_READ).addEndpoint(Operation.GSP_R);
        }
        DataService service = endpoints.build();
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .numServerThreads(ServerLimits.MIN_THREADS, b.limits.threads())
                .registerOperation(Operation.Query, new BoundedQueryService(b.limits, timeout, b.remote))
                .enablePing(true)
                .enableCors(false)
                .addFilter("/*", new CorsFilter(LinkedDataFilter::takesPost))
                .addFilter("/*", new LinkedDataFilter(current, search))
                .add("/", service)
                .build();
        Connections.apply(fuseki.getJettyServer(), b.host, b.limits, timeout, LinkedDataFilter::isExpensive);
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
        publish(data, data.version());
        if (data instanceof RemoteData) {
            watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ccgraph-remote-version");
                t.setDaemon(true);
                return t;
            });
            watcher.scheduleWithFixedDelay(this::followRemote, refresh.toMillis(), refresh.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return this;
    }

    /**
     * Publishes the data of the remote store anew when its version changed (another {@code ccgraph load}): new
     * pages, descriptions, dumps and entity tags; not while a load is under way. A store that does not answer
     * keeps the current publication.
     */
    private void followRemote() {
        try {
            if (((RemoteData) data).loading()) {
                return;
            }
            String now = data.version();
            if (!java.util.Objects.equals(now, current.get().version())) {
                publish(data, now);
            }
        } catch (RuntimeException e) {
            // unreachable or refusing: pages say so with 502 as they are asked for; asked again after the delay
        }
    }

    /**
     * The folder of the dumps of the next version: a new one in a folder of the server's own; one named after the
     * version in the folder given for each version (emptied first when the data has no version); else the one given.
     */
    private synchronized Path versionFolder(String version) {
        if (ownDumpFolder) {
            return dumpFolder.resolve("v" + ++versions);
        }
        if (!byVersion) {
            return dumpFolder;
        }
        Path folder = dumpFolder.resolve(version == null ? "unversioned"
                : org.w3id.ccgraph.graph.IriScheme.slug(version));
        if (version == null && Files.exists(folder.resolve(VERSION_MARK))) {
            delete(folder);
        }
        try {
            Files.createDirectories(folder);
            if (!Files.exists(folder.resolve(VERSION_MARK))) {
                Files.writeString(folder.resolve(VERSION_MARK), String.valueOf(version) + "\n");
            }
        } catch (IOException e) {
            // a full disk or no permission: the dumps fail when asked for, and nothing of this folder is removed
        }
        return folder;
    }

    /**
     * The file that marks a folder of {@link Builder#dumpsByVersion} as the server's own: only folders with it are
     * ever removed from the folder given, whatever else it holds.
     */
    static final String VERSION_MARK = ".ccgraph-dumps-version";

    /** The public base the server writes its links with. */
    public PublicBase publicBase() {
        return new PublicBase(scheme.base(), publicUrl != null ? publicUrl : "http://localhost:" + port() + "/");
    }

    /**
     * Replaces the served data with the content of {@code replacement} in one write transaction, so that
     * every query sees either the old or the new data, then publishes the new version.
     */
    public void replace(Dataset replacement) {
        if (data instanceof RemoteData) {
            throw new IllegalStateException("the data of a remote store is replaced with ccgraph load");
        }
        LocalStore replaced = LocalStore.of(DatasetFactory.wrap(store));
        replaced.replace(replacement);
        String version = replaced.version();
        index.rebuild(store, version);
        publish(PublishedData.local(store, "the store"), version);
    }

    /**
     * Publishes {@code version} of the data, as the store gave it (asked once, by the caller); the dumps of the
     * version before, in a folder of the server's own, are removed (a download of one that is under way reads on
     * from the removed file).
     */
    private synchronized void publish(PublishedData now, String version) {
        Publication next = Publication.of(now, version, scheme, publicBase(), timeout, versionFolder(version), cacheBytes,
                site);
        Publication before = current.getAndSet(next);
        if (ownDumpFolder && before != null) {
            delete(before.folder());
        }
        if (byVersion) {
            try (var folders = Files.list(dumpFolder)) {
                for (Path old : folders.filter(f -> !f.equals(next.folder()) && Files.isRegularFile(f.resolve(VERSION_MARK)))
                        .toList()) {
                    delete(old);
                }
            } catch (IOException e) {
                // nothing there yet, or unreadable: the folders of older versions stay until the next time
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // temporary files; the system cleans its temporary folder
        }
    }

    /** The number of rendered responses the current publication keeps, and their weight in bytes. */
    long[] cacheUse() {
        return current.get().cacheUse();
    }

    /** How many responses the current publication has made rather than found in its cache. */
    long made() {
        return current.get().made();
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

    /** Stops the server, closes its text index, and removes the dumps it wrote into a folder of its own. */
    public void stop() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        fuseki.stop();
        if (index != null) {
            index.close();
        }
        if (ownDumpFolder) {
            delete(dumpFolder);
        }
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
        private RemoteData remote;
        private Path dumpFolder;
        private Path dumpRoot;
        private long cacheBytes = DEFAULT_CACHE_BYTES;
        private SiteText site = SiteText.bundled();
        private IriScheme scheme = IriScheme.defaults();
        private String publicUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration refresh = DEFAULT_REFRESH;
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

        /** A remote SPARQL endpoint to publish instead of a dataset: every answer is read from it by query. */
        public Builder remote(RemoteData remote) {
            this.remote = remote;
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

        /**
         * The folder for the dumps of the data served, named after its version: they are written there once and
         * found there by later starts. Default: a temporary folder of the server's own, removed when it stops.
         */
        public Builder dumpFolder(Path folder) {
            this.dumpFolder = folder;
            this.dumpRoot = null;
            return this;
        }

        /**
         * A folder for the dumps (and the pages kept with them) of each version of the data served, in a folder of
         * its own named after the version: written once per version and found there by later starts on the same
         * version; the folders of other versions (those marked as the server's own, {@value PublishServer#VERSION_MARK}; nothing
         * else in the folder is touched) are removed when a version is published. For a store whose data
         * changes while it is served (a remote one), where {@link #dumpFolder} would hold one version only.
         */
        public Builder dumpsByVersion(Path root) {
            this.dumpRoot = root;
            this.dumpFolder = null;
            return this;
        }

        /**
         * What the server says about its dataset (titles, publisher, contact point, licence, ...): the bundled
         * texts with the entries of this properties file in their place.
         *
         * @throws IllegalArgumentException for a key the bundled file does not have
         * @throws UncheckedIOException when the file cannot be read
         */
        public Builder siteFile(Path file) {
            try {
                this.site = SiteText.withOverrides(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        /** The most bytes of rendered responses kept in memory (pages, descriptions, API answers). */
        public Builder cacheBytes(long bytes) {
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * How often a remote store is asked whether its data changed (the version its load records give); when it
         * did, the data is published anew. Default {@link PublishServer#DEFAULT_REFRESH}.
         */
        public Builder refresh(Duration every) {
            if (every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("the refresh period must be positive, found " + every);
            }
            this.refresh = every;
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
            if ((dataset == null) == (remote == null)) {
                throw new IllegalStateException("a dataset or a remote store is required, not both");
            }
            if (publicUrl != null) {
                new PublicBase(scheme.base(), publicUrl);
            }
            return new PublishServer(this);
        }
    }
}
