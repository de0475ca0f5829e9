package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.ccgraph.convert.Converter;

/** {@code ccgraph validate} on a folder of good, bad and broken files, in every report format. */
class ValidateCliIT {

    @TempDir
    static Path dir;
    static Path good;
    static Path bad;
    static Path warned;
    static Path broken;

    @BeforeAll
    static void files() throws Exception {
        Model graph = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().graph();
        good = dir.resolve("data/good.ttl");
        Files.createDirectories(good.getParent());
        RDFDataMgr.write(Files.newOutputStream(good), graph, Lang.TURTLE);
        Model noAction = ModelFactory.createDefaultModel().add(graph);
        UpdateAction.parseExecute("DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2> "
                + "<https://w3id.org/ccgraph/def#action> ?a }", noAction);
        bad = dir.resolve("data/bad.nt");
        RDFDataMgr.write(Files.newOutputStream(bad), noAction, Lang.NTRIPLES);
        Model noSameAs = ModelFactory.createDefaultModel().add(graph);
        UpdateAction.parseExecute("DELETE WHERE { <https://w3id.org/ccgraph/id/actor/eurojust> "
                + "<http://www.w3.org/2002/07/owl#sameAs> ?x }", noSameAs);
        warned = dir.resolve("data/warned.jsonld");
        RDFDataMgr.write(Files.newOutputStream(warned), noSameAs, Lang.JSONLD);
        broken = dir.resolve("data/broken.ttl");
        Files.writeString(broken, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e ex:f ex:g .\n");
    }

    @Test
    void validatesEachFileOfAFolderOnItsOwnAndExitsFourOnTheBrokenOne() {
        Cli.Run r = Cli.run("validate", dir.resolve("data").toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(bad + ": FAIL, "), r.out());
        assertTrue(r.out().contains(good + ": ok, "), r.out());
        assertTrue(r.out().contains(warned + ": ok, "), r.out());
        assertTrue(r.out().contains(broken + ":3:"), r.out());
        assertTrue(r.out().contains("error: UNPARSEABLE RDF"), r.out());
        assertTrue(r.out().contains("shape https://w3id.org/ccgraph/shapes#Obligation-action (1)"), r.out());
        assertTrue(r.out().contains("focus: https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2"), r.out());
        assertTrue(r.out().contains("4 input(s): 1 failed validation (fail-on violation), 1 unreadable;"), r.out());
    }

    @Test
    void exitsThreeOnViolationsAndZeroOnWarningsUnlessFailOnWarning() {
        assertEquals(3, Cli.run("validate", bad.toString()).exit());
        assertEquals(0, Cli.run("validate", good.toString(), warned.toString()).exit());
        assertEquals(3, Cli.run("validate", warned.toString(), "--fail-on", "warning").exit());
        assertEquals(2, Cli.run("validate", good.toString(), "--fail-on", "sometimes").exit());
    }

    @Test
    void acceptsGlobsAndMergesOnRequest() {
        Cli.Run glob = Cli.run("validate", dir + "/data/*.ttl", "-f", "json");
        assertEquals(4, glob.exit());
        assertEquals(2, glob.err().lines().filter(l -> l.contains("/data/")).count(), glob.err());
        Cli.Run merged = Cli.run("validate", good.toString(), warned.toString(), "--merge");
        assertEquals(0, merged.exit(), merged.out());
        assertTrue(merged.out().contains("merged (2 files): ok"), merged.out());
    }

    @Test
    void writesJunitXmlThatCiDashboardsRead() throws Exception {
        Path report = dir.resolve("report.xml");
        Cli.Run r = Cli.run("validate", dir.resolve("data").toString(), "--format", "junit", "-o", report.toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().contains(bad + ": FAIL"), "per-file lines on stderr: " + r.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertEquals(4, suites.getLength());
        Element badSuite = suite(suites, bad.toString());
        assertEquals("1", badSuite.getAttribute("failures"));
        Element failing = (Element) badSuite.getElementsByTagName("failure").item(0);
        assertTrue(((Element) failing.getParentNode()).getAttribute("name").contains("Obligation-action"));
        assertEquals("1", suite(suites, broken.toString()).getAttribute("errors"));
        Element goodSuite = suite(suites, good.toString());
        assertEquals("0", goodSuite.getAttribute("failures"));
        assertEquals(0, goodSuite.getElementsByTagName("failure").getLength());
        assertEquals(5, goodSuite.getElementsByTagName("system-out").getLength(), "warnings are shown, not failed");
    }

    private static Element suite(NodeList suites, String name) {
        for (int i = 0; i < suites.getLength(); i++) {
            Element e = (Element) suites.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no suite " + name);
    }

    @Test
    void writesTheStandardShaclReportInTurtle() {
        Cli.Run r = Cli.run("validate", bad.toString(), "--format", "turtle");
        assertEquals(3, r.exit());
        Model report = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(r.out())).lang(Lang.TURTLE).parse(report);
        String sh = "http://www.w3.org/ns/shacl#";
        assertEquals(1, report.listSubjectsWithProperty(report.createProperty(sh + "sourceShape"),
                report.createResource("https://w3id.org/ccgraph/shapes#Obligation-action")).toList().size());
        assertTrue(report.contains(null, report.createProperty(sh + "conforms"), report.createTypedLiteral(false)));
    }

    @Test
    void writesOneJsonObjectPerResult() {
        Cli.Run r = Cli.run("validate", bad.toString(), warned.toString(), "--format", "json");
        JsonObject json = JSON.parse(r.out());
        JsonArray results = json.get("results").getAsArray();
        List<String> shapes = results.stream().map(v -> v.getAsObject().get("sourceShape").getAsString().value()).toList();
        assertTrue(shapes.contains("https://w3id.org/ccgraph/shapes#Obligation-action"), shapes.toString());
        JsonObject first = results.get(0).getAsObject();
        for (String key : List.of("file", "focusNode", "resultPath", "value", "severity", "sourceShape", "message")) {
            assertTrue(first.hasKey(key), key);
        }
        assertEquals(2, json.get("inputs").getAsArray().size());
    }

    @Test
    void writesGithubWorkflowAnnotations() {
        Cli.Run r = Cli.run("validate", bad.toString(), broken.toString(), "--format", "github");
        assertEquals(4, r.exit());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::error file=" + bad + ",title=Obligation-action::")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("::error file=" + broken + ",line=3,")), r.out());
    }

    @Test
    void syntaxCheckReadsEachFileWithRdf4jToo() {
        Cli.Run ok = Cli.run("validate", good.toString(), bad.toString(), warned.toString(), "--syntax-check");
        assertEquals(3, ok.exit(), ok.out());
        Cli.Run broke = Cli.run("validate", broken.toString(), "--syntax-check");
        assertEquals(4, broke.exit());
    }

    @Test
    void convertsCouncilDocumentsGivenAsText() {
        Path txt = Path.of(Converter.class.getClassLoader().getResource("fixtures/second-document-da.txt").getPath());
        Cli.Run r = Cli.run("validate", txt.toString());
        assertFalse(r.out().isEmpty());
        assertTrue(r.out().contains(txt + ": "), r.out());
    }

    @Test
    void reportsUnreadableShapesAsBadInput() throws Exception {
        Path shapes = dir.resolve("shapes.ttl");
        Files.writeString(shapes, "this is not turtle");
        Cli.Run r = Cli.run("validate", good.toString(), "--shapes", shapes.toString());
        assertEquals(4, r.exit());
        assertTrue(r.err().startsWith(shapes + ":1:"), r.err());
    }
}
