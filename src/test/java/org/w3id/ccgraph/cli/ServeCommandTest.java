package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.serve.PublishServer;
import picocli.CommandLine;

/** What serve publishes with --tdb2: converted once, served as stored on a restart, replaced only by a good graph. */
class ServeCommandTest {

    private static ServeCommand.Served prepare(String... args) {
        ServeCommand cmd = new ServeCommand();
        new CommandLine(cmd).parseArgs(args);
        return cmd.prepare(new PrintWriter(new StringWriter()));
    }

    private static Model content(ServeCommand.Served served) {
        Model copy = ModelFactory.createDefaultModel();
        Txn.executeRead(served.store().dataset(), () -> copy.add(served.store().dataset().getDefaultModel()));
        return copy;
    }

    @Test
    void convertsIntoANewStoreAndServesItAsStoredOnARestart(@TempDir Path dir) {
        ServeCommand.Served first = prepare("--tdb2", dir.toString(), "--reload");
        assertTrue(first.converted());
        long size = first.store().size();
        assertTrue(size > 1000);
        ServeCommand.Served again = prepare("--tdb2", dir.toString());
        assertFalse(again.converted(), "a restart does not convert again");
        assertEquals(size, again.store().size());
        assertTrue(Txn.calculateRead(again.store().dataset(), () -> again.store().dataset().asDatasetGraph()
                .listGraphNodes().hasNext()), "the run record is kept");
    }

    @Test
    void reloadsWithANewInputOrWhenAsked(@TempDir Path dir) {
        Model bundled = content(prepare("--tdb2", dir.toString(), "--reload"));
        ServeCommand.Served other = prepare("--tdb2", dir.toString(), Fixtures.path("second-document-da.txt").toString());
        assertTrue(other.converted());
        assertFalse(content(other).isIsomorphicWith(bundled), "the new input replaced the old graph");
        ServeCommand.Served reloaded = prepare("--tdb2", dir.toString(), "--reload");
        assertTrue(reloaded.converted());
        assertTrue(content(reloaded).isIsomorphicWith(bundled));
    }

    @Test
    void aFailedConversionLeavesTheStoredGraphAsItWas(@TempDir Path dir) {
        Model before = content(prepare("--tdb2", dir.toString(), "--reload"));
        assertEquals(ExitCode.BAD_INPUT, prepare("--tdb2", dir.toString(), Fixtures.path("footnote-repeat.txt").toString())
                .refusal(), "a structure error is refused as bad input");
        assertThrows(InputException.class, () -> prepare("--tdb2", dir.toString(), Fixtures.path("empty.txt").toString()));
        ServeCommand.Served after = prepare("--tdb2", dir.toString());
        assertFalse(after.converted());
        assertTrue(content(after).isIsomorphicWith(before));
    }

    @Test
    void aCorpusInTdb2IsStoredAsNamedGraphsOnceAndServedThroughTheUnionDefaultGraph(@TempDir Path dir) throws Exception {
        ServeCommand.Served served = prepare("--tdb2", dir.toString(), Fixtures.path("english-document.txt").toString(),
                Fixtures.path("second-document-da.txt").toString());
        assertTrue(served.converted());
        DatasetGraph stored = TDB2Factory.connectDataset(dir.toString())
                .asDatasetGraph();
        Node any = Node.ANY;
        Txn.executeRead(stored, () -> {
            long inDefault = Iter.count(stored.find(
                    Quad.defaultGraphIRI, any, any, any));
            assertEquals(2, inDefault, "the stored default graph holds the commit record (digest and time), no copy of the documents");
            long named = Iter.count(stored.findNG(any, any, any, any));
            assertEquals(named + inDefault, Iter.count(stored.find()), "each quad stored once");
            List<String> documents = new ArrayList<>();
            stored.listGraphNodes().forEachRemaining(g -> {
                if (g.getURI().contains("/id/doc/")) {
                    documents.add(g.getURI());
                }
            });
            assertEquals(2, documents.size(), documents.toString());
            assertTrue(stored.getUnionGraph().size() > 1000);
            assertEquals(stored.getUnionGraph().size(), served.store().size(), "what is served is the union of the graphs");
        });
        String count = "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?doc a <http://data.europa.eu/eli/ontology#Work> ; "
                + "?p ?o FILTER(CONTAINS(STR(?doc), \"/id/doc/\")) }";
        assertEquals("2", sparqlCount(served, count), "a query of the default graph sees both documents");
        ServeCommand.Served again = prepare("--tdb2", dir.toString());
        assertFalse(again.converted(), "a restart serves the store as it is");
        assertEquals(served.store().size(), again.store().size());
        assertEquals("2", sparqlCount(again, count), "and still through the union");
        ServeCommand.Served single = prepare("--tdb2", dir.toString(), "--reload");
        assertTrue(single.converted());
        long defaultGraph = Txn.calculateRead(stored, () -> stored.getDefaultGraph().size());
        assertEquals(single.store().size(), defaultGraph,
                "one document is kept in the default graph again");
    }

    @Test
    void aCorpusOfWhichNothingMayBePublishedLeavesTheStoreAsItWas(@TempDir Path dir) {
        ServeCommand.Served first = prepare("--tdb2", dir.toString(), Fixtures.path("english-document.txt").toString(),
                Fixtures.path("second-document-da.txt").toString());
        Model before = content(first);
        String version = first.store().version();
        ServeCommand.Served refused = prepare("--tdb2", dir.toString(), Fixtures.path("footnote-repeat.txt").toString(),
                Fixtures.path("empty.txt").toString());
        assertEquals(null, refused.store(), "nothing is served");
        assertTrue(refused.refusal() != ExitCode.OK);
        ServeCommand.Served after = prepare("--tdb2", dir.toString());
        assertFalse(after.converted());
        assertEquals(version, after.store().version(), "no new commit");
        assertTrue(content(after).isIsomorphicWith(before), "the documents committed before are still there");
    }

    /** The single value a SPARQL query at /sparql of a server over what {@code served} holds answers with. */
    private static String sparqlCount(ServeCommand.Served served, String query) throws Exception {
        PublishServer server = PublishServer.create().port(0).dataset(served.store().dataset()).build().start();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            return r.body().strip().lines().skip(1).findFirst().orElse("").strip();
        } finally {
            server.stop();
        }
    }

    @Test
    void rejectsReloadWithoutAStoreAndABadPublicBaseAsUsageErrors() {
        assertEquals(ExitCode.USAGE, Cli.run("serve", "--reload", "--port", "0").exit());
        assertEquals(ExitCode.USAGE, Cli.run("serve", "--timeout", "0", "--port", "0").exit());
        Cli.Run bad = Cli.run("serve", "--public-base", "ftp://example.org/", "--port", "0");
        assertEquals(ExitCode.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("error: USAGE: --public-base"), bad.err());
    }

    @Test
    void aDumpsFolderThatCannotBeWrittenIsRefusedBeforeAnythingIsServed(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        Cli.Run r = Cli.run("serve", "--dumps", file.toString(), "--port", "0");
        assertEquals(ExitCode.INTERNAL, r.exit(), r.err());
        assertTrue(r.err().contains(file + ": error: WRITE FAILED: expected a folder for the dumps that can be written, "
                + "but it is a file; nothing is served"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing is served: " + r.out());
    }

    @Test
    void aStoreWithoutACommittedConversionIsRefusedNotFilledWithTheBundledDocument(@TempDir Path dir) {
        org.apache.jena.query.Dataset opened = TDB2Factory.connectDataset(dir.toString());
        Txn.executeRead(opened, () -> opened.asDatasetGraph().find().hasNext());
        org.apache.jena.tdb2.sys.TDBInternal.expel(opened.asDatasetGraph());
        InputException empty = assertThrows(InputException.class, () -> prepare("--tdb2", dir.toString()));
        assertEquals(Title.STORE_NOT_LOADED, empty.title());
        assertTrue(empty.getMessage().contains("found it empty") && empty.getMessage().contains("--reload INPUT"),
                empty.getMessage());
        assertTrue(Txn.calculateRead(TDB2Factory.connectDataset(dir.toString()),
                () -> true), "still openable");
    }

    @Test
    void aStoreWrittenWithoutTheRecordOfACommitIsRefusedWithWhatItHolds(@TempDir Path dir) {
        org.apache.jena.query.Dataset other = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(other, () -> other.getDefaultModel().add(other.getDefaultModel().createResource("urn:x:a"),
                other.getDefaultModel().createProperty("urn:x:b"), "c"));
        InputException unrecorded = assertThrows(InputException.class, () -> prepare("--tdb2", dir.toString()));
        assertEquals(Title.STORE_NOT_LOADED, unrecorded.title());
        assertTrue(unrecorded.getMessage().contains("found 1 triples but no record"), unrecorded.getMessage());
        ServeCommand.Served reloaded = prepare("--tdb2", dir.toString(), "--reload");
        assertTrue(reloaded.converted());
        assertFalse(prepare("--tdb2", dir.toString()).converted(), "served as stored once a conversion is committed");
    }

    @Test
    void portsOutOfRangeAndAPortInUseAreUsageErrorsBeforeAnythingIsConverted() throws Exception {
        Cli.Run range = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("serve", "--port", "99999"));
        assertEquals(ExitCode.USAGE, range.exit(), range.err());
        assertTrue(range.err().contains("ccgraph: error: USAGE: --port must be between 0 and 65535"), range.err());
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            long t0 = System.nanoTime();
            Cli.Run inUse = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> Cli.run("serve", "--port", Integer.toString(taken.getLocalPort())));
            assertEquals(ExitCode.USAGE, inUse.exit(), inUse.err());
            assertTrue(inUse.err().startsWith("ccgraph: error: PORT IN USE: expected a free port, but another process "
                    + "listens on 127.0.0.1:" + taken.getLocalPort()), inUse.err());
            assertFalse(inUse.err().contains("NO ADDRESSEE"), "nothing was converted: " + inUse.err());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5, "at once");
        }
        Cli.Run alias = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("serve", "--localhost", "--port", "-1"));
        assertEquals(ExitCode.USAGE, alias.exit(), alias.err());
        assertTrue(alias.err().startsWith("ccgraph: warning: DEPRECATED OPTION: --localhost is the default now"), alias.err());
        Cli.Run host = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Cli.run("serve", "--host", "no-such-host.invalid", "--port", "0"));
        assertEquals(ExitCode.USAGE, host.exit(), host.err());
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedBeforeConverting(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StoreHolder.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            assertEquals("ready", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine());
            long t0 = System.nanoTime();
            Cli.Run r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                    Cli.run("serve", "--tdb2", db.toString(), "--port", "0", Fixtures.path("second-document-da.txt").toString()));
            assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
            assertTrue(r.err().startsWith(db + ": error: STORE LOCKED: expected a store that no other process uses, but it "
                    + "is held by process " + holder.pid()), r.err());
            assertFalse(r.err().contains("INTERNAL"), r.err());
            assertTrue((System.nanoTime() - t0) / 1e9 < 5, "reported before converting");
        } finally {
            holder.destroyForcibly().waitFor();
        }
    }
}
