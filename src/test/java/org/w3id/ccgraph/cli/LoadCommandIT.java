package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.w3id.ccgraph.convert.Converter;

/** ccgraph load against a second Fuseki on loopback, started by the test, with and without credentials. */
class LoadCommandIT {

    private static final String GRAPH = "https://example.org/ccgraph/graph";

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
            assertTrue(size(store, GRAPH) > 1000);
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
}
