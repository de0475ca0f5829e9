package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.ccgraph.Fixtures;

class CliIT {

    @Test
    void printsTheVersion() {
        Cli.Run r = Cli.run("-V");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("ccgraph "), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "query", "serve", "load"})
    void everySubcommandHasHelpThatListsTheExitCodes(String command) {
        Cli.Run r = Cli.run(command, "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Usage: ccgraph " + command), r.out());
        assertTrue(r.out().contains("4  input that cannot be read or parsed"), r.out());
    }

    @Test
    void convertsTheBundledDocumentToTurtleOnStdout() {
        Cli.Run r = Cli.run("convert");
        assertEquals(0, r.exit(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.out())).lang(Lang.TURTLE).parse(m);
        assertTrue(m.isIsomorphicWith(Fixtures.bundledGraph()), "stdout is the bundled document's graph");
    }

    @Test
    void writesTheFormatOfTheFileExtensionSortedAndAtomically(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph.nt");
        Cli.Run r = Cli.run("convert", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        Model written = ModelFactory.createDefaultModel();
        RDFParser.source(out).lang(Lang.NTRIPLES).parse(written);
        assertTrue(written.isIsomorphicWith(Fixtures.bundledGraph()), "the file holds the bundled document's graph");
        assertEquals(lines.stream().sorted().toList(), lines, "N-Triples come out sorted");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
    }

    @Test
    void writesTheNormalisedTextAlongsideTheGraph(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("text.txt");
        Cli.Run r = Cli.run("convert", "-o", dir.resolve("g.ttl").toString(), "--text-output", text.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(text).startsWith("\n\n\n\nBruxelles, den 8. oktober 2019\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt:EMPTY INPUT", "blank.txt:EMPTY INPUT", "binary.png:BINARY INPUT",
            "latin1.txt:NOT UTF-8", "no-paragraphs.txt:NO NUMBERED PARAGRAPHS"})
    void badInputGivesOneLineExitCodeFourAndNoOutputFile(String fixtureAndTitle, @TempDir Path dir) {
        String[] parts = fixtureAndTitle.split(":");
        Path input = Fixtures.path(parts[0]);
        Path out = dir.resolve("out.ttl");
        Cli.Run r = Cli.run("convert", input.toString(), "-o", out.toString());
        assertEquals(4, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith(input.toString() + ":"), r.err());
        assertTrue(r.err().contains("error: " + parts[1] + ": expected"), r.err());
        assertFalse(r.err().contains("at org."), "no stack trace without --verbose");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFileOrAFolderIsBadInputToo(@TempDir Path dir) {
        Cli.Run missing = Cli.run("convert", dir.resolve("none.txt").toString());
        assertEquals(4, missing.exit());
        assertTrue(missing.err().contains("NO SUCH FILE"), missing.err());
        Cli.Run folder = Cli.run("convert", dir.toString());
        assertEquals(4, folder.exit());
        assertTrue(folder.err().contains("NO DOCUMENTS"), folder.err());
    }

    @Test
    void verbosePrintsTheStackTrace() {
        Cli.Run r = Cli.run("convert", Fixtures.path("empty.txt").toString(), "--verbose");
        assertEquals(4, r.exit());
        assertTrue(r.err().contains("at org.w3id.ccgraph"), r.err());
    }

    @Test
    void structuralErrorsStopTheConversionWithExitCodeFour() {
        Cli.Run r = Cli.run("convert", Fixtures.path("footnote-repeat.txt").toString());
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().contains(":11:1: error: NUMBERING REPEAT: footnote 1 was given before"), r.err());
    }

    @Test
    void aCorpusWritesThePublishableDocumentsAndExitsByTheWorstVerdict(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Fixtures.path("footnote-repeat.txt"), in.resolve("broken.txt"));
        Files.copy(Fixtures.path("second-document-da.txt"), in.resolve("good.txt"));
        Path out = dir.resolve("corpus.nq");
        Cli.Run r = Cli.run("convert", in.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertTrue(r.err().contains("broken.txt: error: STRUCTURE ERRORS: expected a consistent structure, found 1 "
                + "structure error(s); skipped"), r.err());
        assertTrue(r.err().contains("ccgraph: 1 document(s) written, 0 unreadable, 1 rejected"), r.err());
        org.apache.jena.query.Dataset ds = org.apache.jena.riot.RDFDataMgr.loadDataset(out.toString());
        List<String> graphs = new java.util.ArrayList<>();
        ds.listNames().forEachRemaining(graphs::add);
        assertEquals(3, graphs.size(), "the good document, its run and the reference data: " + graphs);
        assertTrue(graphs.stream().anyMatch(g -> g.endsWith("/id/doc/9876-21")), graphs.toString());
    }

    @Test
    void numberingThatSkipsOrRepeatsIsReportedAndTheTextConvertedAnyway() {
        Cli.Run r = Cli.run("convert", Fixtures.path("gaps.txt").toString(), "-o", "/dev/null");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains(":12:1: warning: NUMBERING REPEAT:"), r.err());
        assertTrue(r.err().contains(":11:1: warning: NUMBERING GAP:"), r.err());
        assertTrue(r.err().contains("warning: FOOTNOTE NEVER ANCHORED:"), r.err());
    }

    @Test
    void unknownOptionsAndFormatsAreUsageErrors() {
        assertEquals(2, Cli.run("convert", "--nope").exit());
        assertEquals(2, Cli.run("convert", "--format", "yaml").exit());
        assertEquals(2, Cli.run("convert", "--base", "not-an-iri").exit());
        assertEquals(2, Cli.run("query", "no-such-query").exit());
    }

    @Test
    void anUnknownLanguageOrLayoutIsAUsageErrorNamingTheKnownOnes() {
        Cli.Run lang = Cli.run("convert", "--lang", "xx");
        assertEquals(2, lang.exit(), lang.err());
        assertTrue(lang.err().contains("--lang") && lang.err().contains("'xx'") && lang.err().contains("[da, en, de]"),
                lang.err());
        Cli.Run layout = Cli.run("convert", "--layout", "scroll");
        assertEquals(2, layout.exit(), layout.err());
        assertTrue(layout.err().contains("--layout") && layout.err().contains("register"), layout.err());
        Cli.Run help = Cli.run("convert", "--help");
        assertTrue(help.out().contains("Language of the input: da, en, de."), help.out());
    }

    @Test
    void validateReportsThatTheBundledGraphConforms() {
        Cli.Run r = Cli.run("validate");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("12862-19-da.txt (converted): ok, "), r.out());
        assertTrue(r.out().contains(" 0 violations"), r.out());
    }

    @Test
    void queryFootnotesListsFifteenFootnotesWithTheirAnchors() {
        Cli.Run r = Cli.run("query", "footnotes", "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        List<String> rows = r.out().strip().lines().toList();
        assertEquals("document,footnote,paragraph,text,part", rows.get(0));
        assertEquals(16, rows.size());
        assertTrue(rows.get(1).startsWith("12862/19,1,5,"), rows.get(1));
        assertTrue(rows.get(15).startsWith("12862/19,15,25,"), rows.get(15));
    }

    @Test
    void queryParagraphsListsTwentyFiveParagraphsAndTenSubPoints() {
        Cli.Run r = Cli.run("query", "paragraphs", "--format", "tsv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(36, r.out().strip().lines().count());
    }

    @Test
    void queryRunsAFileOverConvertedData(@TempDir Path dir) throws Exception {
        Path q = dir.resolve("count.rq");
        Files.writeString(q, "PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
                + "SELECT (COUNT(?p) AS ?n) WHERE { ?p a eli:WorkSubdivision }");
        Cli.Run r = Cli.run("query", q.toString(), "--data", Fixtures.path("second-document-da.txt").toString(),
                "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        assertEquals("n\n5", r.out().strip().replace("\r", ""));
    }

    @Test
    void aQuerySyntaxErrorIsBadInputWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path q = dir.resolve("bad.rq");
        Files.writeString(q, "SELECT * WHERE {\n  ?s ?p \n}");
        Cli.Run r = Cli.run("query", q.toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().startsWith(q + ":3:1: error: UNPARSEABLE QUERY"), r.err());
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneClearLineAndExitCodeOne(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        Path out = blocker.resolve("graph.ttl");
        Cli.Run r = Cli.run("convert", "-o", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(out + ": error: WRITE FAILED: expected to write the output"), r.err());
        assertEquals("not a folder", Files.readString(blocker));
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "query footnotes", "query --list"})
    void standardOutputOnAFullDeviceIsWriteFailedNotSuccess(String command) throws Exception {
        try (PrintWriter full = new PrintWriter(new FileOutputStream("/dev/full"), false, StandardCharsets.UTF_8)) {
            Cli.Run r = Cli.runWithOutput(full, command.split(" "));
            assertEquals(ExitCode.INTERNAL, r.exit(), r.err());
            assertTrue(r.err().contains("<stdout>: error: WRITE FAILED: expected to write the output to standard output"),
                    r.err());
        }
    }

    @Test
    void aNumberingGapBehavesAsTheErrorCatalogueSays(@TempDir Path dir) throws Exception {
        String text = Files.readString(Fixtures.path("second-document-da.txt"));
        Path letter = Files.writeString(dir.resolve("letter.txt"), text.replace("   b) behovet", "   c) behovet"));
        Cli.Run subPoint = Cli.run("convert", letter.toString(), "-o", dir.resolve("letter.ttl").toString());
        assertEquals(ExitCode.OK, subPoint.exit(), subPoint.err());
        assertTrue(subPoint.err().contains("warning: NUMBERING GAP: expected (b), found c (3(c))"), subPoint.err());
        Path paragraph = Files.writeString(dir.resolve("paragraph.txt"), text.replace("\n3. Rådet minder om", "\n4. Rådet minder om"));
        Cli.Run written = Cli.run("convert", paragraph.toString(), "-o", dir.resolve("paragraph.ttl").toString());
        assertEquals(ExitCode.OK, written.exit(), written.err());
        assertTrue(written.err().contains("warning: NUMBERING GAP: expected 3, found 4 (4)"), written.err());
        assertTrue(Files.exists(dir.resolve("paragraph.ttl")));
        String readme = Files.readString(Path.of("README.md"));
        String entry = readme.substring(readme.indexOf("### NUMBERING GAP"), readme.indexOf("###", readme.indexOf("### NUMBERING GAP") + 4));
        assertTrue(entry.startsWith("### NUMBERING GAP\nWarning:") && entry.contains("written as it is")
                && entry.contains("does not fail `convert`"), entry);
    }
}
