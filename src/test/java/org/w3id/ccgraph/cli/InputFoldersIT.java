package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;

/** Folders given as input: an empty one is an error, links are followed, a link loop is reported. */
class InputFoldersIT {

    private static final String TRIPLE = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n";

    @Test
    void validatingAnEmptyFolderIsBadInputNotSuccess(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("graphs"));
        Files.writeString(empty.resolve("notes.md"), "not RDF");
        Cli.Run r = Cli.run("validate", empty.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(empty + ": error: NO DOCUMENTS: expected RDF files or Council documents"), r.err());
    }

    @Test
    void anEmptyFolderBesideAGoodOneStillFails(@TempDir Path dir) throws Exception {
        Path good = Files.createDirectory(dir.resolve("good"));
        Files.writeString(good.resolve("g.nt"), TRIPLE);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Cli.Run r = Cli.run("validate", good.toString(), empty.toString(), "--shapes", good.resolve("g.nt").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(empty + ": error: NO DOCUMENTS"), r.err());
    }

    @Test
    void aLinkedFolderIsReadAndALinkLoopIsReportedAndSkipped(@TempDir Path dir) throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("a.nt"), TRIPLE);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.nt"), TRIPLE);
        Files.createSymbolicLink(data.resolve("linked"), elsewhere);
        Path loop = Files.createSymbolicLink(data.resolve("loop"), data);
        Cli.Run r = Cli.run("validate", data.toString(), "--shapes", data.resolve("a.nt").toString());
        assertEquals(ExitCode.OK, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(loop + ": warning: SYMLINK LOOP: "), r.err());
        assertTrue(r.out().contains("b.nt: ok"), "the linked folder is read: " + r.out());
        assertEquals(2, r.out().lines().filter(l -> l.contains(".nt: ok")).count(), r.out());
    }

    @Test
    void convertReportsALinkLoopInACorpusFolderToo(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectory(dir.resolve("corpus"));
        Files.copy(Fixtures.path("second-document-da.txt"), corpus.resolve("doc.txt"));
        Path loop = Files.createSymbolicLink(corpus.resolve("again"), corpus);
        Cli.Run r = Cli.run("convert", corpus.toString(), "-o", dir.resolve("out.nq").toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().contains(loop + ": warning: SYMLINK LOOP: "), r.err());
        assertTrue(r.err().contains("1 document(s) written"), r.err());
    }
}
