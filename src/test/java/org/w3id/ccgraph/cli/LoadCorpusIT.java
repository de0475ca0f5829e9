package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.FusekiProcess;
import org.w3id.ccgraph.io.RemoteCorpus;

/**
 * {@code load} of a corpus into a real second server: Fuseki's own server jar with a TDB2 store, in a process
 * of its own. One named graph per document, as {@code convert -o corpus.nq} names them; a load that failed or
 * was killed is resumed by running it again, and a run over what the store holds loads nothing.
 */
class LoadCorpusIT {

    private static final Pattern SUMMARY = Pattern.compile(
            "ccgraph: (\\d+) document\\(s\\) loaded, (\\d+) skipped \\(the store holds them already\\), (\\d+) unreadable, "
                    + "(\\d+) rejected");

    @TempDir
    static Path dir;
    static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = FusekiProcess.start(dir.resolve("fuseki"));
    }

    @AfterAll
    static void stopFuseki() throws Exception {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @BeforeEach
    void emptyStore() {
        fuseki.update("DROP ALL");
    }

    /** A folder with the first {@code n} texts of the test corpus. */
    private static Path corpus(String name, int n) throws Exception {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        try (var texts = Files.list(Fixtures.corpusFolder())) {
            for (Path t : texts.sorted().limit(n).toList()) {
                Files.copy(t, folder.resolve(t.getFileName()));
            }
        }
        return folder;
    }

    /** Loaded, skipped, unreadable and rejected, read from the summary line. */
    private static List<Integer> counts(Cli.Run r) {
        Matcher m = SUMMARY.matcher(r.err());
        assertTrue(m.find(), r.err());
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)));
    }

    private static Cli.Run load(Path corpus, String... more) {
        List<String> args = new ArrayList<>(List.of("load", "--endpoint", fuseki.data(), corpus.toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The named graphs of the store with their sizes. */
    private static Map<String, Integer> graphs() {
        Map<String, Integer> sizes = new TreeMap<>();
        for (QuerySolution s : fuseki.select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")) {
            sizes.put(s.getResource("g").getURI(), s.getLiteral("n").getInt());
        }
        return sizes;
    }

    /** The load records that hold a digest: those of the graphs loaded completely. */
    private static List<QuerySolution> completeRecords() {
        return fuseki.select("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?g WHERE { GRAPH ?g { ?g dct:identifier ?d } "
                + "FILTER(STRSTARTS(STR(?g), \"" + RemoteCorpus.RECORD_PREFIX + "\") && STRSTARTS(?d, \"sha256:\")) }");
    }

    /** When each load record was written. */
    private static Map<String, String> recordTimes() {
        Map<String, String> times = new TreeMap<>();
        for (QuerySolution s : fuseki.select("PREFIX dct: <http://purl.org/dc/terms/> SELECT ?g ?t WHERE { GRAPH ?g { "
                + "?g dct:modified ?t } FILTER(STRSTARTS(STR(?g), \"" + RemoteCorpus.RECORD_PREFIX + "\")) }")) {
            times.put(s.getResource("g").getURI(), s.getLiteral("t").getLexicalForm());
        }
        return times;
    }

    /**
     * The store holds exactly the graphs that convert -o corpus.nq writes for the corpus, each with the same
     * triples, and beside each content graph its load record with a digest.
     */
    private static void assertHoldsExactly(Path corpus) {
        Path nq = dir.resolve(corpus.getFileName() + ".nq");
        Cli.Run c = Cli.run("convert", corpus.toString(), "-o", nq.toString());
        assertEquals(0, c.exit(), c.err());
        Dataset expected = RDFDataMgr.loadDataset(nq.toString());
        Set<String> names = new TreeSet<>();
        expected.listNames().forEachRemaining(names::add);
        Set<String> wanted = new TreeSet<>(names);
        names.stream().filter(g -> !g.contains("/id/run/")).forEach(g -> wanted.add(RemoteCorpus.recordGraph(g)));
        Map<String, Integer> stored = graphs();
        assertEquals(wanted, stored.keySet(), "every graph once, no other graph");
        for (String g : names) {
            Model there = fuseki.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }");
            assertTrue(there.isIsomorphicWith(expected.getNamedModel(g)), "the graph <" + g + "> as convert writes it");
        }
        assertEquals(names.size() - names.stream().filter(g -> g.contains("/id/run/")).count(), completeRecords().size(),
                "a record with a digest for every document and the reference data");
    }

    @Test
    void loadsEveryDocumentIntoItsOwnGraphAndAfterABadOneIsFixedLoadsOnlyThatOne() throws Exception {
        Path corpus = corpus("bad-one", 4);
        Path bad = corpus.resolve("zz-bad.txt");
        Files.write(bad, new byte[] {'1', '.', ' ', 0, 1, 2});
        Cli.Run first = load(corpus, "--threads", "2");
        assertEquals(ExitCode.BAD_INPUT, first.exit(), "like convert, an unreadable document is exit 4: " + first.err());
        assertTrue(first.err().contains("zz-bad.txt:1:4: error: BINARY INPUT"), first.err());
        assertEquals(List.of(4, 0, 1, 0), counts(first));
        assertEquals(4, graphs().keySet().stream().filter(g -> g.contains("/id/doc/") && !g.startsWith("urn:")).count());

        Files.copy(Fixtures.corpusFolder().resolve("42001X0712-02.txt"), bad, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli.Run second = load(corpus);
        assertEquals(0, second.exit(), second.err());
        assertEquals(List.of(1, 4, 0, 0), counts(second), "only the document that failed is loaded: " + second.err());
        assertHoldsExactly(corpus);

        Map<String, String> before = recordTimes();
        Cli.Run third = load(corpus);
        assertEquals(0, third.exit(), third.err());
        assertEquals(List.of(0, 5, 0, 0), counts(third));
        assertEquals(before, recordTimes(), "nothing was put again, the reference data neither");
    }

    @Test
    void aLoadKilledHalfWayIsResumedByRunningItAgain() throws Exception {
        Path corpus = corpus("killed", 22);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "load", "--endpoint", fuseki.data(),
                corpus.toString(), "--threads", "1"));
        Process loader = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile()).start();
        long seen = 0;
        try {
            for (int i = 0; i < 1200 && loader.isAlive() && seen < 3; i++) {
                Thread.sleep(100);
                seen = completeRecords().size();
            }
        } finally {
            loader.destroyForcibly().waitFor();
        }
        long documentsAtKill = graphs().keySet().stream().filter(g -> g.contains("/id/doc/") && !g.startsWith("urn:")).count();
        assertTrue(seen >= 3 && documentsAtKill < 22, "killed half-way: " + documentsAtKill + " documents loaded; "
                + Files.readString(dir.resolve("killed.log")));

        Cli.Run resumed = load(corpus);
        assertEquals(0, resumed.exit(), resumed.err());
        List<Integer> counts = counts(resumed);
        assertEquals(22, counts.get(0) + counts.get(1), resumed.err());
        assertTrue(counts.get(1) >= seen && counts.get(0) >= 22 - documentsAtKill,
                "what was loaded completely is skipped, the rest loaded: " + counts + ", " + seen + " recorded at the kill");
        assertHoldsExactly(corpus);

        Cli.Run again = load(corpus);
        assertEquals(List.of(0, 22, 0, 0), counts(again), "a second rerun loads nothing");
    }

    @Test
    void aStoreThatFailsStopsTheRunWithExitOneAndARerunFinishesIt() throws Exception {
        Path corpus = corpus("store-fails", 10);
        CompletableFuture<Cli.Run> running = CompletableFuture.supplyAsync(() -> load(corpus, "--threads", "1",
                "--timeout", "5"));
        long loaded = 0;
        for (int i = 0; i < 1200 && !running.isDone() && loaded < 2; i++) {
            Thread.sleep(50);
            loaded = graphs().keySet().stream().filter(g -> g.startsWith(RemoteCorpus.RECORD_PREFIX)).count();
        }
        fuseki.kill();
        Cli.Run failed = running.get(120, TimeUnit.SECONDS);
        fuseki.relaunch();
        assertEquals(ExitCode.INTERNAL, failed.exit(), failed.err());
        assertTrue(failed.err().contains("error: STORE UNREACHABLE: "), failed.err());
        assertTrue(failed.err().contains("; stopped at the failure above, the documents after it were not done"), failed.err());
        assertTrue(failed.err().contains("warning: the mark that a load is under way (" + RemoteCorpus.LOADING), failed.err());
        assertTrue(graphs().containsKey(RemoteCorpus.LOADING), "the mark stays, so the half-done load is not published");
        int loadedBefore = counts(failed).get(0);
        assertTrue(loadedBefore >= 1 && loadedBefore < 10, failed.err());

        Cli.Run resumed = load(corpus);
        assertEquals(0, resumed.exit(), resumed.err());
        assertEquals(10, counts(resumed).get(0) + counts(resumed).get(1));
        assertTrue(counts(resumed).get(1) >= loadedBefore, resumed.err());
        assertFalse(graphs().containsKey(RemoteCorpus.LOADING), "the load that ended removed the mark");
        assertHoldsExactly(corpus);
    }

    @Test
    void aChangedInputReplacesItsDocumentAndDropsTheRunGraphOfTheOldInput() throws Exception {
        Path corpus = corpus("changed", 2);
        assertEquals(0, load(corpus).exit());
        Set<String> runsBefore = new TreeSet<>(graphs().keySet().stream().filter(g -> g.contains("/id/run/")).toList());
        Path text;
        try (var files = Files.list(corpus)) {
            text = files.sorted().findFirst().orElseThrow();
        }
        String crlf = Files.readString(text, StandardCharsets.UTF_8).replace("\r\n", "\n").replace("\n", "\r\n");
        Files.writeString(text, crlf, StandardCharsets.UTF_8);
        Cli.Run r = load(corpus);
        assertEquals(List.of(1, 1, 0, 0), counts(r), "the same text with other bytes is another input: " + r.err());
        Set<String> runsAfter = new TreeSet<>(graphs().keySet().stream().filter(g -> g.contains("/id/run/")).toList());
        assertEquals(2, runsAfter.size(), runsAfter.toString());
        runsBefore.retainAll(runsAfter);
        assertEquals(1, runsBefore.size(), "the run graph of the old input is gone, that of the other document kept");
        assertHoldsExactly(corpus);
    }

    @Test
    void graphIsForOneDocumentOnly() throws Exception {
        Path corpus = corpus("graph-option", 2);
        Cli.Run r = load(corpus, "--graph", "https://example.org/g");
        assertEquals(ExitCode.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--graph names the graph of one document"), r.err());
        assertEquals(Map.of(), graphs());
    }
}
