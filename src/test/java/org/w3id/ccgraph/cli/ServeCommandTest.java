package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.InputException;
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
        ServeCommand.Served first = prepare("--tdb2", dir.toString());
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
        Model bundled = content(prepare("--tdb2", dir.toString()));
        ServeCommand.Served other = prepare("--tdb2", dir.toString(), Fixtures.path("second-document-da.txt").toString());
        assertTrue(other.converted());
        assertFalse(content(other).isIsomorphicWith(bundled), "the new input replaced the old graph");
        ServeCommand.Served reloaded = prepare("--tdb2", dir.toString(), "--reload");
        assertTrue(reloaded.converted());
        assertTrue(content(reloaded).isIsomorphicWith(bundled));
    }

    @Test
    void aFailedConversionLeavesTheStoredGraphAsItWas(@TempDir Path dir) {
        Model before = content(prepare("--tdb2", dir.toString()));
        assertThrows(InputException.class, () -> prepare("--tdb2", dir.toString(), Fixtures.path("footnote-repeat.txt").toString()));
        assertThrows(InputException.class, () -> prepare("--tdb2", dir.toString(), Fixtures.path("empty.txt").toString()));
        ServeCommand.Served after = prepare("--tdb2", dir.toString());
        assertFalse(after.converted());
        assertTrue(content(after).isIsomorphicWith(before));
    }

    @Test
    void rejectsReloadWithoutAStoreAndABadPublicBaseAsUsageErrors() {
        assertEquals(ExitCode.USAGE, Cli.run("serve", "--reload", "--port", "0").exit());
        assertEquals(ExitCode.USAGE, Cli.run("serve", "--timeout", "0", "--port", "0").exit());
        Cli.Run bad = Cli.run("serve", "--public-base", "ftp://example.org/", "--port", "0", "--localhost");
        assertEquals(ExitCode.USAGE, bad.exit(), bad.err());
        assertTrue(bad.err().contains("error: USAGE: --public-base"), bad.err());
    }
}
