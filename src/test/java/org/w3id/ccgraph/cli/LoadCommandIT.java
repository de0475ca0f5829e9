package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.convert.Converter;

/** ccgraph load against a second Fuseki on loopback, started by the test, with and without credentials. */
class LoadCommandIT {

    private static final String GRAPH = "https://example.org/ccgraph/graph";

    private static org.apache.jena.rdf.model.Model loaded(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                .add(org.apache.jena.rdf.model.ModelFactory.createModelForGraph(dsg.getGraph(NodeFactory.createURI(graph)))));
    }

    private static long size(DatasetGraph dsg, String graph) {
        return Txn.calculateRead(dsg, () -> graph == null ? dsg.getDefaultGraph().size()
                : dsg.getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void replacesANamedGraphOfAGraphStoreAndLoadingTwiceDoesNotDuplicate() {
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", store, true).build().start();
        try {
            String endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/data";
            long expected = Converter.create().build().convertBundled().graph().size();
            Cli.Run r = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("loaded " + expected + " triples into <" + GRAPH + ">"), r.out());
            assertEquals(expected, size(store, GRAPH));
            assertEquals(0, Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH).exit());
            assertEquals(expected, size(store, GRAPH), "replaced, not added to");
            assertEquals(0, Cli.run("load", "--endpoint", endpoint).exit());
            assertEquals(expected, size(store, null), "without --graph: the default graph");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void sendsBasicCredentialsAndReportsARefusal(@TempDir Path dir) throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "loader: secret\n");
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwords.toString())
                .auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .add("/ds", store, true).build().start();
        try {
            String endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/data";
            Cli.Run refused = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH, "--user", "loader", "--password", "wrong");
            assertEquals(ExitCode.INTERNAL, refused.exit());
            assertTrue(refused.err().contains("error: STORE REFUSED: ") && refused.err().contains("HTTP 401"), refused.err());
            assertEquals(0, size(store, GRAPH));
            Cli.Run ok = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH, "--user", "loader", "--password", "secret");
            assertEquals(0, ok.exit(), ok.err());
            assertTrue(loaded(store, GRAPH).isIsomorphicWith(Fixtures.bundledGraph()), "the store holds the bundled graph");
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void reportsAStoreThatDoesNotAnswerAndABadEndpointAsUsage() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Cli.Run r = Cli.run("load", "--endpoint", "http://127.0.0.1:" + closed + "/ds/data");
        assertEquals(ExitCode.INTERNAL, r.exit());
        assertTrue(r.err().contains("error: STORE UNREACHABLE: "), r.err());
        assertEquals(ExitCode.USAGE, Cli.run("load", "--endpoint", "not-a-url").exit());
        assertEquals(ExitCode.USAGE, Cli.run("load", "--endpoint", "http://127.0.0.1:1/ds", "--graph", "no iri").exit());
    }

    @Test
    void neverSendsCredentialsOrDataAcrossARedirectAndDoesNotReportSuccess() throws Exception {
        java.util.concurrent.atomic.AtomicInteger reached = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpServer elsewhere = server(x -> {
            reached.incrementAndGet();
            x.getRequestHeaders().getOrDefault("Authorization", java.util.List.of()).forEach(authorizations::add);
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        String target = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/ds/data";
        HttpServer redirecting = server(x -> {
            // Read the request as a real server does: closing before the body is read can reset the connection,
            // which the client then reports as no answer instead of the redirect.
            x.getRequestBody().readAllBytes();
            x.getResponseHeaders().add("Location", target + "?" + x.getRequestURI().getRawQuery());
            x.sendResponseHeaders(307, -1);
            x.close();
        });
        try {
            String endpoint = "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/ds/data";
            Cli.Run r = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH, "--user", "loader", "--password", "secret");
            assertEquals(ExitCode.INTERNAL, r.exit(), r.out() + r.err());
            assertTrue(r.err().contains(endpoint + ": error: STORE REFUSED: ") && r.err().contains("HTTP 307 redirecting to "
                    + target), r.err());
            assertFalse(r.out().contains("loaded"), r.out());
            assertEquals(0, reached.get(), "nothing was sent to the other port");
            assertEquals(java.util.List.of(), authorizations);
        } finally {
            redirecting.stop(0);
            elsewhere.stop(0);
        }
    }

    @Test
    void givesUpOnAStoreThatAcceptsTheConnectionAndNeverAnswers() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            java.util.List<java.net.Socket> held = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread accept = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (java.io.IOException e) {
                    // closed
                }
            });
            accept.setDaemon(true);
            accept.start();
            long t0 = System.nanoTime();
            Cli.Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                    Cli.run("load", "--endpoint", "http://127.0.0.1:" + silent.getLocalPort() + "/ds/data", "--timeout", "2"));
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(ExitCode.INTERNAL, r.exit(), r.err());
            assertTrue(r.err().contains("error: STORE UNREACHABLE: ") && r.err().contains("no answer within 2 s"), r.err());
            assertTrue(seconds < 30, "gave up after " + seconds + " s");
            assertTrue(held.size() >= 1, "the connection was made");
            for (java.net.Socket s : held) {
                s.close();
            }
        }
    }

    @Test
    void readsThePasswordFromAFileAndWarnsAboutOneOnTheCommandLine(@TempDir Path dir) throws Exception {
        Path passwords = dir.resolve("passwd");
        Files.writeString(passwords, "loader: secret\n");
        Path secret = dir.resolve("secret");
        Files.writeString(secret, "secret\n");
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).passwordFile(passwords.toString())
                .auth(AuthScheme.BASIC).serverAuthPolicy(Auth.policyAllowSpecific("loader"))
                .add("/ds", store, true).build().start();
        try {
            String endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/ds/data";
            Cli.Run file = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH, "--user", "loader",
                    "--password-file", secret.toString());
            assertEquals(0, file.exit(), file.err());
            assertFalse(file.err().contains("warning: PASSWORD ON COMMAND LINE"), file.err());
            assertTrue(loaded(store, GRAPH).isIsomorphicWith(Fixtures.bundledGraph()), "the store holds the bundled graph");
            Cli.Run visible = Cli.run("load", "--endpoint", endpoint, "--graph", GRAPH, "--user", "loader",
                    "--password", "secret");
            assertEquals(0, visible.exit(), visible.err());
            assertTrue(visible.err().contains("ccgraph: warning: PASSWORD ON COMMAND LINE: "), visible.err());
            assertEquals(ExitCode.USAGE, Cli.run("load", "--endpoint", endpoint, "--password", "x",
                    "--password-file", secret.toString()).exit());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void warnsThatPlainHttpToAnotherMachineIsUnencrypted() {
        Cli.Run r = Cli.run("load", "--endpoint", "http://192.0.2.1:9/ds/data", "--user", "loader", "--timeout", "1");
        assertEquals(ExitCode.INTERNAL, r.exit(), r.err());
        assertTrue(r.err().contains("ccgraph: warning: PLAIN HTTP: http://192.0.2.1:9/ds/data is not https, so the graph "
                + "and the password travel unencrypted"), r.err());
        Cli.Run local = Cli.run("load", "--endpoint", "http://127.0.0.1:1/ds/data", "--timeout", "1");
        assertFalse(local.err().contains("PLAIN HTTP"), "loopback stays on the machine: " + local.err());
    }

    private static HttpServer server(com.sun.net.httpserver.HttpHandler handler) throws java.io.IOException {
        HttpServer s = HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", handler);
        s.start();
        return s;
    }
}
