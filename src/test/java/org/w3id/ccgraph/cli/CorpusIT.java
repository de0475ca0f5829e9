package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.bench.CorpusGenerator;

/** {@code convert} over many documents: parallel, one named graph per document, bad ones skipped. */
class CorpusIT {

    @TempDir
    static Path dir;
    static Path corpus;
    static List<Path> docs;

    @BeforeAll
    static void generate() throws Exception {
        corpus = dir.resolve("corpus");
        docs = new CorpusGenerator().write(12, corpus);
        Files.write(corpus.resolve("doc-00006b.txt"), new byte[] {'1', '.', ' ', 0, 1, 2});
    }

    @Test
    void convertsEveryGoodDocumentIntoItsOwnNamedGraphAndReportsTheBadOne() {
        Path out = dir.resolve("all.nq");
        Cli.Run r = Cli.run("convert", corpus.toString(), "-o", out.toString(), "--threads", "2");
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains("doc-00006b.txt:1:4: error: BINARY INPUT"), r.err());
        assertTrue(r.err().contains("ccgraph: 12 document(s) written, 1 unreadable, 0 rejected"), r.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        Set<String> graphs = new TreeSet<>();
        ds.listNames().forEachRemaining(graphs::add);
        for (int i = 1; i <= 12; i++) {
            String prefix = "https://w3id.org/ccgraph/id/doc/" + (10000 + i) + "-";
            assertEquals(1, graphs.stream().filter(g -> g.startsWith(prefix)).count(), "graph of document " + i + " in " + graphs);
        }
        assertTrue(graphs.contains("https://w3id.org/ccgraph/id/reference"));
        assertEquals(12, graphs.stream().filter(g -> g.contains("/id/run/")).count(), "a run graph per document");
    }

    @Test
    void convertsTheRealCouncilTextsOfTheTestCorpusAndQueriesTheirObligations() {
        Path out = dir.resolve("real.nq");
        Cli.Run r = Cli.run("convert", org.w3id.ccgraph.Fixtures.corpusFolder().toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ccgraph: 22 document(s) written, 0 unreadable, 0 rejected"), r.err());
        assertTrue(!r.err().contains("Exception") && !r.err().contains("INTERNAL ERROR"), r.err());
        Cli.Run q = Cli.run("query", "obligations", "--data", out.toString(), "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        List<String> rows = q.out().strip().lines().toList();
        assertEquals("paragraph,act,force,addressee,addresseeLabel,action", rows.get(0));
        assertTrue(rows.size() > 80, "obligations across the 22 texts: " + rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.contains("actor/commission")), rows.toString());
    }

    @Test
    void everyGeneratedDocumentIsValidInput() {
        Cli.Run r = Cli.run("convert", corpus + "/doc-0000?.txt", "--format", "ntriples");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("ccgraph: 9 document(s) written, 0 unreadable, 0 rejected"), r.err());
    }

    @Test
    void failFastStopsAtTheFirstBadDocumentAndKeepsWhatWasConvertedBeforeIt() throws Exception {
        Path out = dir.resolve("first.nq");
        Cli.Run r = Cli.run("convert", corpus.toString(), "-o", out.toString(), "--fail-fast", "--threads", "1");
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains("ccgraph: 6 document(s) written, 1 unreadable, 0 rejected; stopped"), r.err());
        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        assertEquals(6, countDocumentGraphs(ds));
    }

    private static long countDocumentGraphs(Dataset ds) {
        long n = 0;
        for (var it = ds.listNames(); it.hasNext();) {
            if (it.next().contains("/id/doc/")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void queriesSeeTheUnionOfTheDocumentGraphs() {
        Path out = dir.resolve("three.trig");
        assertEquals(0, Cli.run("convert", docs.get(0).toString(), docs.get(1).toString(), docs.get(2).toString(),
                "-o", out.toString()).exit());
        Cli.Run q = Cli.run("query", "paragraphs", "--data", out.toString(), "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        Set<String> documents = new TreeSet<>();
        q.out().lines().skip(1).forEach(l -> documents.add(l.split(",")[0]));
        assertEquals(3, documents.size(), documents.toString());
    }

    @Test
    void progressBarShowsDocumentsRateAndTimeLeft() {
        String line = ProgressBar.line(50, 1, 200, 10.0);
        assertEquals("[=======>                      ] 50/200 docs, 1 failed, 5.0 docs/s, 0:30 left", line);
    }
}
