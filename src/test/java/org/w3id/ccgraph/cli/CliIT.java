package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
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
        assertTrue(m.size() > 1000, "triples: " + m.size());
    }

    @Test
    void writesTheChosenFormatToAFileByItsExtension(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph.nt");
        Cli.Run r = Cli.run("convert", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.size() > 1000);
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
}
