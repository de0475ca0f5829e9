package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.serve.PublishServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph serve}: convert, validate and publish over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert and validate a Council document, then serve it read-only with SPARQL at /sparql.",
        footer = ExitCode.HELP)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "Port to listen on. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Conversion c = input.convert(Converter.Validation.VALIDATE, err);
        if (!c.conforms()) {
            Reports.summary(c.report(), err);
            err.println("ccgraph: the graph does not conform to the shapes; refusing to serve it");
            return ExitCode.INVALID;
        }
        Dataset ds = c.dataset();
        PublishServer server = PublishServer.create().port(port)
                .network(localhost ? PublishServer.Network.LOOPBACK : PublishServer.Network.ALL)
                .dataset(ds).build().start();
        out.println("ccgraph: serving " + c.document().source().name() + " (" + c.graph().size() + " triples)");
        out.println("  SPARQL endpoint: http://localhost:" + server.port() + PublishServer.SPARQL);
        out.flush();
        server.join();
        return ExitCode.OK;
    }
}
