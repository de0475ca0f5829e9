package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.io.RemoteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph load}: convert, validate and push the graph into a remote SPARQL Graph Store. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert and validate a Council document, then replace a graph of any SPARQL 1.1 Graph Store "
                + "Protocol service (Fuseki, GraphDB, Virtuoso, Neptune, ...) with it, by HTTP PUT.",
                "The password may also come from the environment variable CCGRAPH_STORE_PASSWORD."},
        footer = ExitCode.HELP)
final class LoadCommand implements Callable<Integer> {

    /** The environment variable read when --password is not given. */
    static final String PASSWORD_VARIABLE = "CCGRAPH_STORE_PASSWORD";

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--endpoint", required = true, paramLabel = "URL",
            description = "The Graph Store Protocol service, e.g. http://localhost:3030/ds/data")
    String endpoint;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "The named graph to replace. Default: the default graph of the store.")
    String graph;

    @Option(names = "--user", paramLabel = "NAME", description = "User name for HTTP Basic authentication.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET",
            description = "Password for HTTP Basic authentication. Default: $" + PASSWORD_VARIABLE)
    String password;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RemoteStore store;
        try {
            store = RemoteStore.create().endpoint(endpoint).graph(graph)
                    .credentials(user, password != null ? password : System.getenv(PASSWORD_VARIABLE)).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (graph != null && !graph.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            throw new UsageException("--graph expects an absolute IRI, found '" + graph + "'");
        }
        Conversion c = input.convert(Converter.Validation.VALIDATE, err);
        if (!c.conforms()) {
            Reports.summary(c.report(), err);
            err.println("ccgraph: the graph does not conform to the shapes; nothing loaded");
            return ExitCode.INVALID;
        }
        store.replace(c.graph());
        PrintWriter out = spec.commandLine().getOut();
        out.println("ccgraph: loaded " + c.graph().size() + " triples into " + (graph == null ? "the default graph"
                : "<" + graph + ">") + " of " + endpoint);
        out.flush();
        return ExitCode.OK;
    }
}
