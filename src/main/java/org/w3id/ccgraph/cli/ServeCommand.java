package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.CorpusConverter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.serve.PublishServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph serve}: convert, validate and publish over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert and validate a Council document, then publish it read-only: SPARQL at /sparql, "
                + "every IRI dereferenceable, pages, catalogue, VoID, dumps and the named-query API.",
                "With --tdb2 an existing store is served as it is, unless an INPUT or --reload asks to convert again."},
        footer = ExitCode.HELP)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "Port to listen on. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--public-base", paramLabel = "URL",
            description = "Public URL that the base IRI maps onto, ending with '/'. Default: http://localhost:PORT/")
    String publicBase;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time limit of a query in seconds. Default: ${DEFAULT-VALUE}")
    double timeout;

    @Option(names = "--tdb2", paramLabel = "DIR",
            description = "Keep the data in a TDB2 store in DIR; an existing store is served without converting again.")
    Path tdb2;

    @Option(names = "--reload", description = "With --tdb2: convert again and replace the stored data.")
    boolean reload;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What is served and whether it was converted now. */
    record Served(LocalStore store, boolean converted, String source) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (timeout <= 0) {
            throw new UsageException("--timeout must be a positive number of seconds, found " + timeout);
        }
        if (publicBase != null && !publicBase.endsWith("/")) {
            publicBase = publicBase + "/";
        }
        if (reload && tdb2 == null) {
            throw new UsageException("--reload replaces the data of a --tdb2 store; give --tdb2 DIR");
        }
        Served served = prepare(spec.commandLine().getErr());
        if (served == null) {
            return ExitCode.INVALID;
        }
        PublishServer server;
        try {
            server = PublishServer.create().port(port)
                    .network(localhost ? PublishServer.Network.LOOPBACK : PublishServer.Network.ALL)
                    .scheme(scheme()).publicBase(publicBase).timeout(Duration.ofMillis((long) (timeout * 1000)))
                    .dataset(served.store().dataset()).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--public-base: " + e.getMessage());
        }
        server.start();
        String url = server.publicBase().url();
        out.println("ccgraph: serving " + served.source() + " (" + served.store().size() + " triples)");
        out.println("  home page:       " + url);
        out.println("  SPARQL endpoint: " + url + "sparql");
        out.println("  query page:      " + url + "query");
        out.flush();
        server.join();
        return ExitCode.OK;
    }

    /** The store to serve: converted now, or a TDB2 store as it is; null when the conversion does not conform. */
    Served prepare(PrintWriter err) {
        LocalStore store = tdb2 == null ? LocalStore.memory() : LocalStore.tdb2(tdb2);
        if (tdb2 != null && input.inputs.isEmpty() && !reload && !store.isEmpty()) {
            return new Served(store, false, "the store in " + tdb2);
        }
        if (input.isCorpus()) {
            Dataset corpus = corpus(err);
            if (corpus == null) {
                return null;
            }
            store.replace(corpus);
            return new Served(store, true, input.inputs.size() == 1 ? input.inputs.get(0) : input.inputs.size() + " inputs");
        }
        Conversion c = input.convert(Converter.Validation.VALIDATE, err);
        if (!c.conforms()) {
            Reports.summary(c.report(), err);
            err.println("ccgraph: the graph does not conform to the shapes; refusing to serve it"
                    + (tdb2 != null ? " (the store in " + tdb2 + " is unchanged)" : ""));
            err.flush();
            return null;
        }
        store.replace(c.dataset());
        return new Served(store, true, c.document().source().name());
    }

    /**
     * Many documents, converted in parallel: a named graph per document and the reference data, their union
     * as the default graph. Documents that fail or do not conform are reported and left out; null when none
     * is left.
     */
    private Dataset corpus(PrintWriter err) {
        Converter converter = input.converter(Converter.Validation.VALIDATE);
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(org.w3id.ccgraph.graph.Prefixes.of(converter.scheme()));
        int[] served = {0};
        CorpusConverter.Report report;
        try {
            report = new CorpusConverter(converter, Runtime.getRuntime().availableProcessors(), CorpusConverter.Failures.SKIP)
                    .run(input.files(), (file, c) -> {
                        if (c.conforms() && !c.hasStructureErrors()) {
                            String graph = converter.scheme().document(c.document());
                            ds.addNamedModel(graph, c.content());
                            ds.addNamedModel(c.runIri(), c.run());
                            ds.getDefaultModel().add(c.content());
                            served[0]++;
                        } else {
                            err.println(c.document().source().name() + ": error: DOES NOT CONFORM: left out of what is served");
                        }
                    }, ProgressBar.forConsole(err));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        report.failures().forEach(f -> err.println(f.error().format()));
        err.println("ccgraph: " + served[0] + " document(s) to serve, " + report.failures().size() + " unreadable");
        err.flush();
        if (served[0] == 0) {
            return null;
        }
        ds.addNamedModel(converter.scheme().referenceGraph(), converter.reference());
        ds.getDefaultModel().add(converter.reference());
        return ds;
    }

    private IriScheme scheme() {
        try {
            return new IriScheme(input.base);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
