package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.CorpusAssembly;
import org.w3id.ccgraph.convert.CorpusConverter;
import org.apache.jena.query.Dataset;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.io.RemoteData;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.serve.PublicBase;
import org.w3id.ccgraph.serve.PublishServer;
import org.w3id.ccgraph.serve.SearchIndex;
import org.w3id.ccgraph.serve.http.ServerLimits;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph serve}: convert, validate and publish over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert and validate a Council document, then publish it read-only: SPARQL at /sparql, "
                + "every IRI dereferenceable, pages, catalogue, VoID, dumps and the named-query API.",
                "With --tdb2 a store that holds a committed conversion is served as it is, unless an INPUT or --reload "
                        + "asks to convert again; an empty or unrecorded store is refused (exit 4), never filled with "
                        + "the bundled document unasked.",
                "Listens on loopback (127.0.0.1) unless --host says otherwise."},
        footer = ExitCode.HELP)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "Port to listen on (0: any free one). "
            + "Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = PublishServer.LOOPBACK,
            description = "Address to listen on: 0.0.0.0 publishes on every interface, or give one address. "
                    + "Default: ${DEFAULT-VALUE} (this machine only)")
    String host;

    @Option(names = "--localhost", description = "Deprecated: loopback is the default now (see --host).")
    boolean localhost;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--public-base", paramLabel = "URL",
            description = "Public URL that the base IRI maps onto, ending with '/'. Default: http://localhost:PORT/")
    String publicBase;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit of a query in seconds. Default: ${DEFAULT-VALUE}")
    double timeout;

    @Option(names = "--cache-size", paramLabel = "MIB", defaultValue = "64",
            description = "Memory for rendered pages, descriptions and API answers, in MiB; the least used are "
                    + "dropped beyond it. Default: ${DEFAULT-VALUE}")
    long cacheMib;

    @Option(names = "--site", paramLabel = "FILE", description = "A properties file (UTF-8) with what the server "
            + "says about its dataset in place of the bundled texts: title, description, publisher and its EU "
            + "corporate-body code, contact point, licence, theme (keys as in the bundled web/site.properties).")
    Path siteFile;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the data in a TDB2 store in DIR; a store holding a committed conversion is served "
                    + "without converting again; an empty one needs an INPUT or --reload.")
    Path tdb2;

    @Option(names = "--reload", description = "With --tdb2: convert again (the INPUT, or the bundled document) and "
            + "replace the stored data.")
    boolean reload;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "Publish the data of this remote SPARQL query endpoint (loaded there with ccgraph load) "
                    + "instead of converting: every page, description, API answer and /sparql query is read from it by "
                    + "SPARQL; nothing is copied. Its default graph must be the union of the loaded graphs.")
    String sparqlEndpoint;

    @Option(names = "--sparql-user", paramLabel = "NAME", description = "With --sparql-endpoint: user name for HTTP "
            + "Basic authentication; the password comes from --sparql-password-file or $" + LoadCommand.PASSWORD_VARIABLE
            + ".")
    String sparqlUser;

    @Option(names = "--sparql-password-file", paramLabel = "FILE",
            description = "With --sparql-endpoint: read the password from the first line of FILE.")
    Path sparqlPasswordFile;

    @Option(names = "--dumps", paramLabel = "DIR",
            description = "Keep the dumps and the landing page of each version of the served data in DIR, so that a "
                    + "restart on the same data serves them without making them again (default: inside the store with "
                    + "--tdb2, else a temporary folder removed at exit).")
    Path dumps;

    @Option(names = "--sparql-refresh", paramLabel = "SECONDS", defaultValue = "60",
            description = "With --sparql-endpoint: how often to ask the endpoint whether a ccgraph load changed its data; "
                    + "when it did, pages, descriptions, dumps and ETags are made anew (default: ${DEFAULT-VALUE}).")
    int sparqlRefresh;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    /**
     * What is served and whether it was converted now; or, with no store, the exit code of a conversion that
     * may not be published.
     */
    record Served(LocalStore store, boolean converted, String source, int refusal) {
        Served(LocalStore store, boolean converted, String source) {
            this(store, converted, source, ExitCode.OK);
        }

        static Served refused(int exit) {
            return new Served(null, false, null, exit);
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeout > 0)) {
            throw new UsageException("--timeout must be a positive number of seconds, found " + timeout);
        }
        if (publicBase != null && !publicBase.endsWith("/")) {
            publicBase = publicBase + "/";
        }
        if (reload && tdb2 == null) {
            throw new UsageException("--reload replaces the data of a --tdb2 store; give --tdb2 DIR");
        }
        if (localhost) {
            err.println("ccgraph: warning: " + Title.DEPRECATED_OPTION + ": --localhost is the default now; --host chooses the address");
            host = PublishServer.LOOPBACK;
        }
        if (dumps != null) {
            checkWritable(dumps);
        }
        ServerLimits serverLimits = limits.limits();
        PublishServer.Builder builder = builder(serverLimits);
        Listening.check(host, port);
        if (sparqlEndpoint != null) {
            return remote(builder, err);
        }
        Served served = prepare(err);
        if (served.store() == null) {
            return served.refusal();
        }
        if (dumps != null || tdb2 != null) {
            // One folder per version of the data (by default inside the store): written once per conversion.
            builder.dumpsByVersion(dumps != null ? dumps : tdb2.resolve("ccgraph-dumps"));
        }
        if (tdb2 != null) {
            builder.search(SearchIndex.forStore(served.store(), tdb2.resolve(SearchIndex.FOLDER),
                    served.converted() ? null : err));
        }
        PublishServer server = Listening.start(builder.dataset(served.store().dataset()), host, port);
        print(served, server);
        server.join();
        return ExitCode.OK;
    }

    /** Refuses a --dumps folder that cannot be made or written, before anything is served from it. */
    private static void checkWritable(Path folder) {
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.delete(java.nio.file.Files.createTempFile(folder, ".ccgraph-probe", ".tmp"));
        } catch (java.io.IOException | SecurityException e) {
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "it is a file"
                    : e.getClass().getSimpleName() + " " + e.getMessage();
            throw new org.w3id.ccgraph.CcgraphException(Title.WRITE_FAILED, Location.of(folder.toString()),
                    "expected a folder for the dumps that can be written, but " + why + "; nothing is served", e);
        }
    }

    /** Serves the data of the remote endpoint, after checking that it answers and holds a load of ccgraph. */
    private int remote(PublishServer.Builder builder, PrintWriter err) {
        if (tdb2 != null || reload || !input.inputs.isEmpty()) {
            throw new UsageException("--sparql-endpoint serves what the endpoint holds: load documents into it with "
                    + "ccgraph load, not with --tdb2, --reload or INPUT");
        }
        if (!sparqlEndpoint.matches("(?i)^https?://\\S+$")) {
            throw new UsageException("--sparql-endpoint expects an http or https URL, found '" + sparqlEndpoint + "'");
        }
        if (sparqlRefresh < 1) {
            throw new UsageException("--sparql-refresh expects a whole number of seconds from 1, found " + sparqlRefresh);
        }
        builder.refresh(Duration.ofSeconds(sparqlRefresh));
        if (dumps != null) {
            builder.dumpsByVersion(dumps);
        }
        RemoteData data = new RemoteData(sparqlEndpoint, sparqlUser, sparqlPassword(),
                Duration.ofMillis((long) (timeout * 1000)));
        data.checkLoaded();
        PublishServer server = Listening.start(builder.remote(data), host, port);
        PrintWriter out = spec.commandLine().getOut();
        String url = server.publicBase().url();
        out.println("ccgraph: serving the SPARQL endpoint " + sparqlEndpoint);
        out.println("  listening on:    " + Listening.describe(host, server.port()));
        out.println("  home page:       " + url);
        out.println("  SPARQL endpoint: " + url + "sparql");
        out.flush();
        server.join();
        return ExitCode.OK;
    }

    /** The password of the remote endpoint: from --sparql-password-file or the environment, else null. */
    private String sparqlPassword() {
        if (sparqlPasswordFile == null) {
            return sparqlUser == null ? null : System.getenv(LoadCommand.PASSWORD_VARIABLE);
        }
        return LoadCommand.readPassword(sparqlPasswordFile);
    }

    private PublishServer.Builder builder(ServerLimits serverLimits) {
        IriScheme scheme = scheme();
        if (publicBase != null) {
            try {
                new PublicBase(scheme.base(), publicBase);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--public-base: " + e.getMessage());
            }
        }
        if (cacheMib < 1 || cacheMib > (1L << 20)) {
            throw new UsageException("--cache-size must be from 1 to 1048576 MiB, found " + cacheMib);
        }
        PublishServer.Builder b = PublishServer.create();
        if (siteFile != null) {
            try {
                b.siteFile(siteFile);
            } catch (java.io.UncheckedIOException e) {
                throw new InputException(java.nio.file.Files.exists(siteFile) ? Title.UNREADABLE_INPUT : Title.NO_SUCH_FILE,
                        Location.of(siteFile.toString()), "expected a readable properties file: " + e.getCause().getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--site " + e.getMessage());
            }
        }
        return b.cacheBytes(cacheMib << 20).port(port).host(host).limits(serverLimits).scheme(scheme).publicBase(publicBase)
                .timeout(Duration.ofMillis((long) (timeout * 1000)));
    }

    private void print(Served served, PublishServer server) {
        PrintWriter out = spec.commandLine().getOut();
        String url = server.publicBase().url();
        // Counting a stored corpus would read it whole at every start; the count is shown for what was converted now.
        out.println("ccgraph: serving " + served.source() + (served.converted() ? " (" + served.store().size()
                + " triples)" : ""));
        out.println("  listening on:    " + Listening.describe(host, server.port()));
        out.println("  home page:       " + url);
        out.println("  SPARQL endpoint: " + url + "sparql");
        out.println("  query page:      " + url + "query");
        out.flush();
    }

    /**
     * The store to serve: converted now, or a TDB2 store that holds a committed conversion, as it is; refused
     * when the conversion may not be published (the store is then unchanged). A store given without an input that holds no committed
     * conversion is refused, never filled with the bundled document.
     */
    Served prepare(PrintWriter err) {
        LocalStore store = tdb2 == null ? LocalStore.memory() : LocalStore.tdb2(tdb2);
        LocalStore.State state = store.state();
        if (tdb2 != null && input.inputs.isEmpty() && !reload) {
            if (state != LocalStore.State.COMMITTED) {
                throw notLoaded(store, state);
            }
            return new Served(store, false, "the store in " + tdb2);
        }
        if (input.isCorpus()) {
            // Each document goes into the store's write transaction as it is converted: the corpus is never held in
            // memory at once, and a run that publishes nothing (or fails) is aborted, leaving the store as it was.
            LocalStore.Layout layout = tdb2 == null ? LocalStore.Layout.DEFAULT_GRAPH : LocalStore.Layout.NAMED_GRAPHS;
            CorpusAssembly.Outcome[] outcome = new CorpusAssembly.Outcome[1];
            boolean committed = store.replace(layout, ds -> {
                outcome[0] = corpus(ds, layout, err);
                return outcome[0].published() > 0;
            });
            if (!committed) {
                if (tdb2 != null) {
                    err.println("ccgraph: nothing to serve; the store in " + tdb2 + " is unchanged");
                }
                return Served.refused(Math.max(ExitCode.INVALID, ExitCode.of(outcome[0])));
            }
            return new Served(store, true, input.inputs.size() == 1 ? input.inputs.get(0) : input.inputs.size() + " inputs");
        }
        Conversion c = input.convert(Converter.Validation.VALIDATE, err);
        int verdict = InputOptions.verdict(c, err, "refusing to serve it" + (tdb2 != null ? " (the store in " + tdb2
                + " is unchanged)" : ""));
        if (verdict != ExitCode.OK) {
            return Served.refused(verdict);
        }
        store.replace(c.dataset());
        return new Served(store, true, c.document().source().name());
    }

    /**
     * Many documents, converted in parallel: a named graph per document and the reference data, their union
     * as the default graph (stored as such in memory; in TDB2 the union default graph of the named graphs, see
     * {@link LocalStore.Layout}). Documents that fail or may not be published are reported and left out.
     */
    private CorpusAssembly.Outcome corpus(Dataset ds, LocalStore.Layout layout, PrintWriter err) {
        Converter converter = input.converter(Converter.Validation.VALIDATE);
        ds.getDefaultModel().setNsPrefixes(org.w3id.ccgraph.graph.Prefixes.of(converter.scheme()));
        CorpusAssembly.Target target = layout == LocalStore.Layout.NAMED_GRAPHS ? CorpusAssembly.intoNamedGraphs(ds)
                : CorpusAssembly.into(ds);
        CorpusAssembly.Outcome outcome;
        try {
            outcome = new CorpusAssembly(converter, Runtime.getRuntime().availableProcessors(),
                    CorpusConverter.Failures.SKIP).assemble(input.files(err), target,
                    c -> input.report(c, err), ProgressBar.forConsole(err));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        CorpusRun.summary(outcome, err, outcome.published() + " document(s) to serve", "left out of what is served");
        return outcome;
    }

    private InputException notLoaded(LocalStore store, LocalStore.State state) {
        String found = state == LocalStore.State.EMPTY
                ? "found it empty (a first load that was interrupted before it committed leaves it so)"
                : "found " + store.quads() + " triples but no record that a conversion was committed into it "
                        + "(an older ccgraph or another tool wrote them)";
        return new InputException(Title.STORE_NOT_LOADED, Location.of(tdb2.toString()), "expected a store holding a "
                + "committed conversion, " + found + "; nothing is served. Convert into it with: ccgraph serve --tdb2 "
                + tdb2 + " --reload INPUT... (without INPUT, --reload loads the bundled document)");
    }

    private IriScheme scheme() {
        try {
            return new IriScheme(input.base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
