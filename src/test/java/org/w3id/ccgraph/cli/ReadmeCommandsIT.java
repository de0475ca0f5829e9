package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.convert.Converter;

/**
 * Every command the README and docs/ show is run, so none of them can rot: each {@code ./ccgraph ...} line of
 * their {@code sh} blocks, and each {@code java -jar .../ccgraph.jar ...} step of a workflow, in the order they
 * appear and in one workspace (target/readme-commands), so that a command reads what an earlier one wrote.
 *
 * <p>What a reader would have is provided: an input that does not exist and no earlier command wrote is made
 * from a fixture ({@link #fixture}); a port is a free one; {@code serve} is started in its own process, asked a
 * query and stopped; {@code load} goes to a Graph Store started for it. A command must end with the exit code
 * its comment names ("exit 3"), or 0. A command that cannot be run must be in {@link #NOT_RUN} with the reason;
 * an input without a fixture fails the test, so a new command in the README is run or explained.
 */
class ReadmeCommandsIT {

    /** Commands of the README that no test can run, by their line as written, with the reason. */
    private static final Map<String, String> NOT_RUN = Map.of(
            "./ccgraph serve --port 8080 --sparql-endpoint http://localhost:3030/ds/sparql",
            "needs a Fuseki server whose default graph is the union of its named graphs; ServeRemoteIT starts one, "
                    + "loads it and serves it this way");

    private static final Path WORK = Path.of("target", "readme-commands").toAbsolutePath();
    private static final Pattern COMMAND = Pattern.compile("(?:^|\\s)(?:\\./ccgraph|java -jar \\S*ccgraph\\.jar)(?:\\s+(.*))?$");
    private static final Pattern EXIT = Pattern.compile("\\bexit (?:code )?(\\d)\\b");
    private static final Set<String> OUTPUTS = Set.of("-o", "--output", "--text-output", "--tdb2");
    private static final Set<String> PORTS = Set.of("-p", "--port");

    /** A command as shown: where, the line, its arguments and its comment. */
    record Command(Path file, int line, String text, List<String> args, String comment) {
        int expectedExit() {
            Matcher m = EXIT.matcher(comment);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }

        String where() {
            return file + ":" + line + ": " + text;
        }
    }

    @BeforeAll
    static void emptyWorkspace() throws IOException {
        if (Files.exists(WORK)) {
            try (Stream<Path> all = Files.walk(WORK)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(WORK);
    }

    /** The documents whose commands are run: the README, then docs/*.md. */
    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** Every command of the documents' sh blocks and workflow steps, in order. */
    static List<Command> commands() throws IOException {
        List<Command> commands = new ArrayList<>();
        for (Path doc : documents()) {
            for (Markdown.Block b : Markdown.read(doc).blocks()) {
                boolean shell = Set.of("sh", "bash", "shell").contains(b.lang());
                if (!shell && !Set.of("yaml", "yml").contains(b.lang())) {
                    continue;
                }
                List<String> lines = b.text().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    Matcher m = COMMAND.matcher(line);
                    if (m.find()) {
                        StringBuilder comment = new StringBuilder();
                        List<String> args = words(m.group(1) == null ? "" : m.group(1), comment);
                        commands.add(new Command(doc, b.line() + i, line, args, comment.toString()));
                    } else if (shell && !line.startsWith("#") && line.matches("(?:.*\\s)?\\S*ccgraph(?:\\s.*)?")) {
                        fail(doc + ":" + (b.line() + i) + ": write a ccgraph command as ./ccgraph ... so that it is run: " + line);
                    }
                }
            }
        }
        return commands;
    }

    /** The words of a shell command line, quotes removed, up to a comment (put into {@code comment}) or "||". */
    static List<String> words(String line, StringBuilder comment) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                comment.append(line.substring(i + 1).strip());
                break;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        int or = words.indexOf("||");
        List<String> command = or < 0 ? words : words.subList(0, or);
        for (String w : command) {
            if (Set.of("|", "&&", ">", "<", ";", "&").contains(w)) {
                throw new IllegalArgumentException("shell syntax the test does not run: " + w + " in " + line);
            }
        }
        return List.copyOf(command);
    }

    @Test
    void theDocumentsShowCommandsOfEveryKindAndExplainEveryCommandNotRun() throws IOException {
        List<Command> commands = commands();
        Set<String> kinds = new java.util.TreeSet<>();
        commands.forEach(c -> kinds.add(c.args().isEmpty() ? "" : c.args().get(0)));
        assertTrue(kinds.containsAll(List.of("convert", "validate", "query", "serve", "load")), kinds.toString());
        for (String notRun : NOT_RUN.keySet()) {
            assertTrue(commands.stream().anyMatch(c -> c.text().equals(notRun)), "no longer in the documents: " + notRun);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandShownRunsWithTheExitCodeItsCommentNames() throws IOException {
        return commands().stream().filter(c -> !NOT_RUN.containsKey(c.text()))
                .map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.text(), () -> run(c)));
    }

    private static void run(Command c) throws Exception {
        List<String> args = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        Store store = null;
        int port = -1;
        try {
            for (int i = 0; i < c.args().size(); i++) {
                String arg = c.args().get(i);
                String before = i == 0 ? "" : c.args().get(i - 1);
                if (PORTS.contains(before)) {
                    port = freePort();
                    args.add(Integer.toString(port));
                } else if (before.equals("--endpoint")) {
                    store = Store.start(URI.create(arg));
                    args.add(store.endpoint());
                } else if (isPath(arg) && OUTPUTS.contains(before)) {
                    outputs.add(WORK.resolve(arg));
                    args.add(WORK.resolve(arg).toString());
                } else if (isPath(arg)) {
                    provide(arg, c);
                    args.add(WORK + "/" + arg);
                } else {
                    args.add(arg);
                }
            }
            if (!args.isEmpty() && args.get(0).equals("serve")) {
                if (port < 0) {
                    port = freePort();
                    args.addAll(List.of("--port", Integer.toString(port)));
                }
                serve(c, args, port);
                return;
            }
            Cli.Run r = Cli.run(args.toArray(String[]::new));
            assertEquals(c.expectedExit(), r.exit(), c.where() + "\nstderr: " + r.err());
            if (r.exit() == 0) {
                for (Path out : outputs) {
                    assertTrue(Files.isRegularFile(out) && Files.size(out) > 0, c.where() + ": wrote nothing to " + out);
                }
                if (outputs.isEmpty() && !args.contains("load")) {
                    assertTrue(!r.out().isBlank(), c.where() + ": printed nothing");
                }
            }
            if (store != null && r.exit() == 0) {
                assertTrue(store.size(graph(c.args())) > 0, c.where() + ": the store holds nothing");
            }
        } finally {
            if (store != null) {
                store.stop();
            }
        }
    }

    private static String graph(List<String> args) {
        int at = args.indexOf("--graph");
        return at < 0 ? null : args.get(at + 1);
    }

    private static boolean isPath(String arg) {
        return !arg.startsWith("-") && !arg.contains("://") && (arg.contains("/") || arg.matches(".*\\.[A-Za-z]{2,6}"));
    }

    /** Makes sure the input a command names exists: written by an earlier command, or made from a fixture. */
    private static void provide(String arg, Command c) throws IOException {
        String top = arg.split("/")[0];
        if (Files.exists(WORK.resolve(top))) {
            return;
        }
        if (!fixture(top)) {
            fail(c.where() + ": reads " + top + ", which no earlier command writes and no fixture of this test provides");
        }
    }

    /** Makes the input a reader would bring, under its name in the workspace; false if there is none for the name. */
    private static boolean fixture(String name) throws IOException {
        Path to = WORK.resolve(name);
        Converter converter = Converter.create().build();
        switch (name) {
            case "my-conclusions.txt" -> Files.copy(Fixtures.path("english-document.txt"), to);
            case "my-query.rq" -> Files.writeString(to, """
                    # The paragraphs that speak of Europol.
                    # Columns: paragraph (locator), text.
                    PREFIX ccg: <https://w3id.org/ccgraph/def#>
                    SELECT ?paragraph ?text WHERE {
                      ?p ccg:locator ?paragraph ; ccg:text ?text .
                      FILTER(CONTAINS(LCASE(STR(?text)), "europol"))
                    }
                    """);
            case "graphs" -> {
                Files.createDirectories(to.resolve("2019"));
                try (OutputStream out = Files.newOutputStream(to.resolve("2019/second-document.ttl"))) {
                    RDFDataMgr.write(out, converter.convert(Fixtures.path("second-document-da.txt")).graph(), Lang.TURTLE);
                }
                try (OutputStream out = Files.newOutputStream(to.resolve("english.nt"))) {
                    RDFDataMgr.write(out, converter.convert(Fixtures.path("english-document.txt")).graph(), Lang.NTRIPLES);
                }
            }
            case "corpus" -> {
                Files.createDirectories(to);
                String bundled = BundledFiles.list("corpus", ".txt").get(0);
                Files.write(to.resolve("2019-" + bundled), BundledFiles.read("corpus/" + bundled));
                Files.copy(Fixtures.corpus("32009G1219-01.txt"), to.resolve("2009-32009G1219-01.txt"));
                Files.copy(Fixtures.corpus("31997G0111-01.txt"), to.resolve("1997-31997G0111-01.txt"));
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Starts {@code serve} in a process of its own, asks it a query, stops it. */
    private static void serve(Command c, List<String> args, int port) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Path log = WORK.resolve("serve-" + c.line() + ".log");
        Process p = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (c.expectedExit() != 0) {
                assertTrue(p.waitFor(180, TimeUnit.SECONDS), c.where() + ": still running");
                assertEquals(c.expectedExit(), p.exitValue(), c.where() + "\n" + Files.readString(log));
                return;
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.readString(log).contains("listening on:")) {
                assertTrue(p.isAlive(), c.where() + ": ended with " + (p.isAlive() ? "" : p.exitValue()) + "\n" + Files.readString(log));
                assertTrue(System.nanoTime() < until, c.where() + ": not listening after 180 s\n" + Files.readString(log));
                Thread.sleep(200);
            }
            String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/sparql?query=" + ask))
                    .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), c.where() + ": " + answer.body());
            assertTrue(answer.body().replace(" ", "").contains("\"boolean\":true"), c.where() + ": serves no data: " + answer.body());
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A Graph Store on a free loopback port in place of the one a {@code load} command names. */
    private record Store(FusekiServer server, DatasetGraph data, URI named) {
        static Store start(URI named) {
            String path = named.getPath();
            String dataset = path.substring(0, path.indexOf('/', 1));
            DatasetGraph data = DatasetGraphFactory.createTxnMem();
            FusekiServer server = FusekiServer.create().port(0).loopback(true).add(dataset, data, true).build().start();
            return new Store(server, data, named);
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getHttpPort() + named.getPath();
        }

        /** The triples of a named graph; without a name, of the default graph and every named graph (a corpus load). */
        long size(String graph) {
            return Txn.calculateRead(data, () -> graph == null ? data.stream().count()
                    : data.getGraph(NodeFactory.createURI(graph)).size());
        }

        void stop() {
            server.stop();
        }
    }
}
