package org.w3id.ccgraph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;

/**
 * A second store for tests: the plain Fuseki server jar ({@code org.apache.jena:jena-fuseki-server}, copied
 * into target/fuseki by the build) started as a process of its own with a TDB2 store, {@code /ds} open for
 * updates, on a free loopback port. {@link #kill()} ends it as a crash would, {@link #relaunch()} starts it
 * again on the same store and port.
 */
public final class FusekiProcess implements AutoCloseable {

    private static final Path JAR = Path.of(System.getProperty("fuseki.jar", "target/fuseki/jena-fuseki-server.jar"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path dir;
    private final int port;
    private final List<String> options;
    private Process process;

    private FusekiProcess(Path dir, int port, List<String> options) {
        this.dir = dir;
        this.port = port;
        this.options = options;
    }

    /** Starts Fuseki with a TDB2 store in {@code dir}/db, its files and log in {@code dir}. */
    public static FusekiProcess start(Path dir) throws Exception {
        return start(dir, List.of());
    }

    /**
     * Starts Fuseki as {@link #start(Path)} does, with more command-line options, e.g.
     * {@code --set tdb:unionDefaultGraph=true}.
     */
    public static FusekiProcess start(Path dir, List<String> options) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("no Fuseki server jar at " + JAR.toAbsolutePath()
                    + "; the Maven build copies it there (generate-test-resources)");
        }
        Files.createDirectories(dir.resolve("db"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FusekiProcess f = new FusekiProcess(dir, port, List.copyOf(options));
        f.launch();
        return f;
    }

    private void launch() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--tdb2", "--loc", dir.resolve("db").toString(),
                "--update", "--localhost", "--ping", "--port", Integer.toString(port)));
        command.addAll(options);
        command.add("/ds");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile()));
        pb.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
        process = pb.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki ended with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("fuseki.log")));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(base() + "$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        close();
        throw new IllegalStateException("Fuseki did not answer within 180 s: " + Files.readString(dir.resolve("fuseki.log")));
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    /** The Graph Store Protocol service of the dataset. */
    public String data() {
        return base() + "ds/data";
    }

    /** The SPARQL query service of the dataset. */
    public String sparql() {
        return base() + "ds/sparql";
    }

    /** The rows of a SELECT query. */
    public List<QuerySolution> select(String query) {
        try (QueryExecution q = QueryExecutionHTTP.service(sparql()).query(query).build()) {
            ResultSet rs = q.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The graph a CONSTRUCT query makes. */
    public Model construct(String query) {
        try (QueryExecution q = QueryExecutionHTTP.service(sparql()).query(query).build()) {
            return q.execConstruct();
        }
    }

    /** Runs a SPARQL update, e.g. {@code DROP ALL}. */
    public void update(String update) {
        UpdateExecutionHTTP.service(base() + "ds/update").update(update).build().execute();
    }

    /** Kills the server as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Starts a killed server again on the same store and port. */
    public void relaunch() throws Exception {
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
