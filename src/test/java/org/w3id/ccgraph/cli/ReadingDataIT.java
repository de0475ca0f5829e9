package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading data opens nothing beyond the inputs: a JSON-LD context by URL is refused unless the user opts in,
 * and then it is read with a time limit; data nested deeper than the parser can follow is one failed file,
 * not a crash of the batch.
 */
class ReadingDataIT {

    private static final String TRIPLE = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n";

    /** A server that accepts connections, counts them and never answers. */
    private static final class Silent implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();
        final List<Socket> held = new ArrayList<>();

        Silent() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = socket.accept();
                        connections.incrementAndGet();
                        synchronized (held) {
                            held.add(s);
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            t.setDaemon(true);
            t.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/context.jsonld";
        }

        @Override
        public void close() throws IOException {
            socket.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }

    private static Path jsonld(Path dir, String name, String context) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"@context\": \"" + context + "\", \"@id\": \"http://example.org/a\", "
                + "\"b\": {\"@id\": \"http://example.org/c\"}}");
    }

    @Test
    void aContextByUrlIsNotFetchedAndTheFileIsReported(@TempDir Path dir) throws Exception {
        try (Silent server = new Silent()) {
            Path remote = jsonld(dir, "remote.jsonld", server.url());
            Path secret = Files.writeString(dir.resolve("secret.json"), "{\"@context\": {\"b\": \"http://example.org/b\"}}");
            Path local = jsonld(dir, "local.jsonld", secret.toUri().toString());
            Path good = Files.writeString(dir.resolve("good.nt"), TRIPLE);
            Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("validate", remote.toString(),
                    local.toString(), good.toString(), "--shapes", good.toString()));
            assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains(remote + ": ") && r.out().contains("the JSON-LD context <" + server.url()
                    + "> is not read"), r.out());
            assertTrue(r.out().contains("secret.json> is not read"), r.out());
            assertTrue(r.out().contains(good + ": ok"), r.out());
            assertEquals(0, server.connections.get(), "no connection was opened");
            Cli.Run q = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run("query", "paragraphs",
                    "--data", remote.toString()));
            assertEquals(ExitCode.BAD_INPUT, q.exit(), q.err());
            assertTrue(q.err().contains("is not read"), q.err());
            assertEquals(0, server.connections.get(), "no connection was opened");
        }
    }

    @Test
    void anOptedInContextIsReadAndAContextServerThatNeverAnswersTimesOut(@TempDir Path dir) throws Exception {
        HttpServer contexts = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        contexts.createContext("/context.jsonld", x -> {
            byte[] body = "{\"@context\": {\"b\": {\"@id\": \"http://example.org/b\", \"@type\": \"@id\"}}}"
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/ld+json");
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        contexts.start();
        try (Silent silent = new Silent()) {
            Path served = jsonld(dir, "served.jsonld", "http://127.0.0.1:" + contexts.getAddress().getPort() + "/context.jsonld");
            Path empty = Files.writeString(dir.resolve("none.nt"), "");
            Cli.Run ok = Cli.run("validate", served.toString(), "--fetch-contexts", "--shapes", empty.toString());
            assertEquals(ExitCode.OK, ok.exit(), ok.out() + ok.err());
            assertTrue(ok.out().contains("1 triples"), ok.out());
            Path hanging = jsonld(dir, "hanging.jsonld", silent.url());
            long t0 = System.nanoTime();
            Cli.Run r = assertTimeoutPreemptively(Duration.ofSeconds(40), () -> Cli.run("validate", hanging.toString(),
                    "--fetch-contexts", "--shapes", empty.toString()));
            assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("was not read within 10 s"), r.out());
            assertTrue((System.nanoTime() - t0) / 1e9 < 30, "bounded by the time limit");
        } finally {
            contexts.stop(0);
        }
    }

    @Test
    void dataNestedTooDeeplyIsOneFailedFileAndTheBatchAndItsReportGoOn(@TempDir Path dir) throws Exception {
        int depth = 100_000;
        Path turtle = Files.writeString(dir.resolve("deep.ttl"), "@prefix : <http://example.org/> .\n:a :p "
                + "[:p ".repeat(depth) + ":b" + "]".repeat(depth) + " .\n");
        Path json = Files.writeString(dir.resolve("deep.jsonld"), "{\"@context\": {\"@vocab\": \"http://example.org/\"}, "
                + "\"p\": " + "{\"p\": ".repeat(depth) + "1" + "}".repeat(depth) + "}");
        Path good = Files.writeString(dir.resolve("good.nt"), TRIPLE);
        Path report = dir.resolve("report.json");
        Cli.Run r = Cli.run("validate", turtle.toString(), json.toString(), good.toString(), "--shapes", good.toString(),
                "--format", "json", "-o", report.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains(turtle + ": FAILED") || r.err().contains(turtle + ": error"), r.err());
        String json1 = Files.readString(report);
        assertTrue(json1.contains("NESTED TOO DEEPLY") && json1.contains("deep.jsonld") && json1.contains("good.nt"), json1);
        assertTrue(r.err().contains(good + ": ok"), r.err());
        assertTrue(r.err().lines().count() < 10, "no stack trace: " + r.err().lines().count() + " lines");
    }

    @Test
    void anExternalXmlEntityReadsNothingInEitherParser(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOPSECRET");
        Path xml = Files.writeString(dir.resolve("xxe.rdf"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                + "xmlns:e=\"urn:x:\"><rdf:Description rdf:about=\"urn:x:a\"><e:p>&x;</e:p></rdf:Description></rdf:RDF>");
        Path empty = Files.writeString(dir.resolve("none.nt"), "");
        Cli.Run validated = Cli.run("validate", xml.toString(), "--syntax-check", "--shapes", empty.toString(),
                "--format", "turtle");
        assertTrue(validated.exit() == ExitCode.OK || validated.exit() == ExitCode.BAD_INPUT, validated.err());
        assertTrue(!validated.out().contains("TOPSECRET") && !validated.err().contains("TOPSECRET"), validated.out());
        Path q = Files.writeString(dir.resolve("all.rq"), "SELECT ?o WHERE { ?s ?p ?o }");
        Cli.Run queried = Cli.run("query", q.toString(), "--data", xml.toString(), "-f", "csv");
        assertTrue(!queried.out().contains("TOPSECRET"), queried.out());
    }
}
