package org.w3id.ccgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.io.RemoteStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph load}: convert, validate and push the graphs into a remote SPARQL Graph Store. */
@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Convert and validate a Council document, then replace a graph of any SPARQL 1.1 Graph Store "
                + "Protocol service (Fuseki, GraphDB, Virtuoso, Neptune, ...) with it, by HTTP PUT.",
                "With many inputs (several files, a folder, a glob) each document replaces the named graph of its IRI, "
                        + "with its run record and the reference data in graphs of their own, as convert -o corpus.nq "
                        + "names them. A record beside each graph lets a rerun skip what the store holds already, so a "
                        + "load that failed or was stopped is resumed by running it again.",
                "The password comes from --password-file FILE or the environment variable CCGRAPH_STORE_PASSWORD; "
                        + "--password works too but is visible to every user of the machine. Redirects are not "
                        + "followed."},
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
            description = "The named graph to replace. Default: the default graph of the store. One document only: "
                    + "with many, each goes into the graph of its IRI.")
    String graph;

    @Option(names = "--fail-fast", description = "With many inputs: stop at the first document that fails "
            + "(the documents before it are loaded).")
    boolean failFast;

    @Option(names = "--threads", paramLabel = "N", description = "With many inputs: documents converted at once. "
            + "Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--user", paramLabel = "NAME", description = "User name for HTTP Basic authentication.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET",
            description = "Password for HTTP Basic authentication; shows in the process list, so prefer "
                    + "--password-file or $" + PASSWORD_VARIABLE + ".")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE.")
    Path passwordFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Time limit of connecting to the store and of its answer, each. Default: ${DEFAULT-VALUE}")
    double timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;


    /** The first line of a password file; a missing or unreadable file is an input error naming it. */
    static String readPassword(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (NoSuchFileException e) {
            throw new InputException(Title.NO_SUCH_FILE, Location.of(file.toString()), "expected a file holding the password", e);
        } catch (IOException e) {
            throw new InputException(Title.UNREADABLE_INPUT, Location.of(file.toString()),
                    "expected a readable file holding the password: " + e.getMessage(), e);
        }
    }

    /** The password: from --password-file, --password (with a warning) or the environment, else null. */
    private String password(PrintWriter err) {
        if (passwordFile != null && password != null) {
            throw new UsageException("give the password once: --password-file or --password, not both");
        }
        if (passwordFile != null) {
            return readPassword(passwordFile);
        }
        if (password != null) {
            err.println("ccgraph: warning: " + Title.PASSWORD_ON_COMMAND_LINE + ": --password can be read by every user of this "
                    + "machine (ps, /proc); use --password-file FILE or $" + PASSWORD_VARIABLE + " instead");
            err.flush();
            return password;
        }
        return System.getenv(PASSWORD_VARIABLE);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!(timeout > 0)) {
            throw new UsageException("--timeout must be a positive number of seconds, found " + timeout);
        }
        boolean corpus = input.isCorpus();
        if (corpus && graph != null) {
            throw new UsageException("--graph names the graph of one document; with many inputs each document goes "
                    + "into the named graph of its IRI");
        }
        RemoteStore store;
        try {
            store = RemoteStore.create().endpoint(endpoint).graph(graph).credentials(user, password(err))
                    .timeout(Duration.ofMillis((long) (timeout * 1000))).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (store.isPlainHttpToAnotherMachine()) {
            err.println("ccgraph: warning: " + Title.PLAIN_HTTP + ": " + endpoint + " is not https, so the graph"
                    + (user != null ? " and the password travel" : " travels") + " unencrypted");
            err.flush();
        }
        if (graph != null && !graph.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            throw new UsageException("--graph expects an absolute IRI, found '" + graph + "'");
        }
        if (corpus) {
            return new CorpusLoad(input, store, threads, failFast).run(err);
        }
        Conversion c = input.convert(Converter.Validation.VALIDATE, err);
        int verdict = InputOptions.verdict(c, err, "nothing loaded");
        if (verdict != ExitCode.OK) {
            return verdict;
        }
        store.replace(c.graph());
        PrintWriter out = spec.commandLine().getOut();
        out.println("ccgraph: loaded " + c.graph().size() + " triples into " + (graph == null ? "the default graph"
                : "<" + graph + ">") + " of " + endpoint);
        out.flush();
        return ExitCode.OK;
    }
}
