package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.serve.describe.Dump;

/**
 * The server renders on request, keeps rendered answers within a bounded cache, and writes the dumps once per
 * version of the data: nothing at start, and nothing again on a start that finds them.
 */
class LazyPublicationIT {

    @TempDir
    Path dir;

    /** The paths of the resources the bundled document mints, where the server publishes them. */
    private static List<String> paragraphPaths(TestServer s) {
        String base = org.w3id.ccgraph.graph.IriScheme.DEFAULT_BASE;
        return TestServer.bundled().graph().listSubjects().toList().stream().filter(Resource::isURIResource)
                .map(Resource::getURI).filter(i -> i.startsWith(base + "id/doc/")).sorted()
                .map(iri -> "/" + iri.substring(base.length())).limit(300).toList();
    }

    @Test
    void renderedAnswersStayWithinTheCacheBoundAndAreStillRightWhenRenderedAgain() throws Exception {
        long bound = 96 * 1024;
        try (TestServer s = TestServer.start(PublishServer.create().cacheBytes(bound), TestServer.bundled().dataset())) {
            List<String> paths = paragraphPaths(s);
            assertTrue(paths.size() > 40, "enough pages to overflow the cache: " + paths.size());
            String first = s.get(paths.get(0), "text/turtle").body();
            for (String p : paths) {
                assertEquals(200, s.get(p, "text/html").statusCode(), p);
                assertEquals(200, s.get(p, "text/turtle").statusCode(), p);
            }
            long[] use = s.server.cacheUse();
            assertTrue(use[1] <= bound, "cache weight " + use[1] + " within " + bound);
            assertTrue(use[0] <= bound / Publication.MIN_ENTRY_WEIGHT, "entries " + use[0]);
            assertTrue(use[0] > 0, "the cache keeps some answers");
            assertEquals(first, s.get(paths.get(0), "text/turtle").body(), "an evicted answer is rendered the same again");
        }
    }

    @Test
    void dumpsAreWrittenWhenFirstAskedForAndFoundAgainByTheNextStart() throws Exception {
        Path folder = dir.resolve("dumps");
        String sha;
        FileTime written;
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder), TestServer.bundled().dataset())) {
            assertEquals(200, s.get("/", "text/html").statusCode());
            assertFalse(Files.exists(folder.resolve(Dump.MANIFEST)), "nothing is dumped at start or for a page");
            HttpResponse<String> ttl = s.get("/download/ccgraph.ttl", null);
            assertEquals(200, ttl.statusCode());
            assertTrue(Files.exists(folder.resolve(Dump.MANIFEST)));
            sha = ttl.headers().firstValue("ETag").orElseThrow();
            written = Files.getLastModifiedTime(folder.resolve("ccgraph.ttl"));
            assertEquals(Files.readString(folder.resolve("ccgraph.ttl")), ttl.body());
        }
        Thread.sleep(20);
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder), TestServer.bundled().dataset())) {
            HttpResponse<String> catalog = s.get("/catalog", "text/turtle");
            assertEquals(200, catalog.statusCode());
            assertEquals(sha, s.get("/download/ccgraph.ttl", null).headers().firstValue("ETag").orElseThrow());
            assertEquals(written, Files.getLastModifiedTime(folder.resolve("ccgraph.ttl")), "not written again");
        }
    }

    @Test
    void theLandingPageIsKeptWithTheVersionAndANextStartServesItFromThere() throws Exception {
        Path folder = dir.resolve("pages");
        String publicBase = "https://example.org/ccg/";
        String first;
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder).publicBase(publicBase),
                TestServer.bundled().dataset())) {
            first = s.get("/", "text/html").body();
        }
        List<Path> kept;
        try (var files = Files.list(folder.resolve("pages"))) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), "one landing page for one public base");
        assertEquals(first, Files.readString(kept.get(0)));
        Files.writeString(kept.get(0), first.replace("</body>", "<!-- kept -->\n</body>"));
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder).publicBase(publicBase),
                TestServer.bundled().dataset())) {
            assertTrue(s.get("/", "text/html").body().contains("<!-- kept -->"), "the kept page is served, not made again");
        }
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder), TestServer.bundled().dataset())) {
            String other = s.get("/", "text/html").body();
            assertFalse(other.contains("<!-- kept -->"), "another public base gets a page with its own links");
            assertTrue(other.contains(s.server.publicBase().url()));
        }
    }

    /** Paths whose responses come from the cache of a publication, with the media type asked for. */
    private static List<String[]> taggedPaths(TestServer s) {
        return List.of(new String[] {"/", "text/html"}, new String[] {"/obligations?page=1", "text/html"},
                new String[] {paragraphPaths(s).get(3), "text/turtle"}, new String[] {paragraphPaths(s).get(3), "text/html"},
                new String[] {"/catalog", "text/turtle"}, new String[] {"/api/obligations", "application/json"},
                new String[] {"/sitemap.xml", null}, new String[] {"/def", "text/turtle"});
    }

    /** A public base that stays the same from one start to the next (the default names the port). */
    private static final String PUBLIC = "https://data.example.org/ccg/";

    @Test
    void aClientHoldingAResponseOfThisVersionOfTheDataGets304WithoutItBeingMadeAgainAfterARestart() throws Exception {
        org.w3id.ccgraph.io.LocalStore store = org.w3id.ccgraph.io.LocalStore.memory();
        store.replace(TestServer.bundled().dataset());
        java.util.Map<String, String> tags = new java.util.LinkedHashMap<>();
        try (TestServer s = TestServer.over(PublishServer.create().publicBase(PUBLIC), store.dataset())) {
            for (String[] p : taggedPaths(s)) {
                HttpResponse<String> r = s.get(p[0], p[1]);
                assertEquals(200, r.statusCode(), p[0]);
                tags.put(p[0] + " " + p[1], r.headers().firstValue("ETag").orElseThrow());
            }
        }
        assertEquals(tags.size(), new java.util.HashSet<>(tags.values()).size(), "one tag for each response: " + tags);
        try (TestServer s = TestServer.over(PublishServer.create().publicBase(PUBLIC), store.dataset())) {
            for (String[] p : taggedPaths(s)) {
                String tag = tags.get(p[0] + " " + p[1]);
                HttpResponse<String> r = p[1] == null ? s.send("GET", p[0], null, "If-None-Match", tag)
                        : s.send("GET", p[0], null, "Accept", p[1], "If-None-Match", tag);
                assertEquals(304, r.statusCode(), p[0] + " " + p[1]);
                assertEquals(tag, r.headers().firstValue("ETag").orElseThrow());
                assertEquals("", r.body());
            }
            assertEquals(0, s.server.made(), "nothing is rendered to answer a client that holds the current version");
            HttpResponse<String> stale = s.send("GET", "/", null, "If-None-Match", "\"an-older-tag\"");
            assertEquals(200, stale.statusCode());
            assertEquals(tags.get("/ text/html"), stale.headers().firstValue("ETag").orElseThrow(),
                    "the tag is the same whether known beforehand or after rendering");
            assertTrue(s.server.made() > 0);
        }
        store.replace(TestServer.bundled().dataset());
        try (TestServer s = TestServer.over(PublishServer.create().publicBase(PUBLIC), store.dataset())) {
            assertEquals(304, s.send("GET", "/", null, "If-None-Match", tags.get("/ text/html")).statusCode(),
                    "the same content committed again is the same version");
        }
        org.apache.jena.query.Dataset changed = org.apache.jena.query.DatasetFactory.create();
        changed.getDefaultModel().add(TestServer.bundled().graph()).add(changed.getDefaultModel().createResource(
                "https://example.org/changed"), org.apache.jena.vocabulary.RDFS.label, "a change");
        store.replace(changed);
        String landing;
        try (TestServer s = TestServer.over(PublishServer.create().publicBase(PUBLIC), store.dataset())) {
            landing = s.get("/", "text/html").headers().firstValue("ETag").orElseThrow();
            for (String[] p : taggedPaths(s)) {
                String tag = tags.get(p[0] + " " + p[1]);
                HttpResponse<String> r = p[1] == null ? s.send("GET", p[0], null, "If-None-Match", tag)
                        : s.send("GET", p[0], null, "Accept", p[1], "If-None-Match", tag);
                assertEquals(200, r.statusCode(), "other data is a new version: " + p[0] + " " + p[1]);
                assertFalse(tag.equals(r.headers().firstValue("ETag").orElseThrow()), p[0]);
            }
        }
        try (TestServer s = TestServer.over(PublishServer.create().publicBase("https://example.org/ccg/"), store.dataset())) {
            HttpResponse<String> r = s.send("GET", "/", null, "If-None-Match", landing);
            assertEquals(200, r.statusCode(), "another public base gives pages with other links, so other tags");
        }
    }

    private static List<Path> folders(Path root) throws java.io.IOException {
        try (var files = Files.list(root)) {
            return files.sorted().toList();
        }
    }

    @Test
    void dumpsKeptByVersionAreFoundByARestartOnTheSameDataAndRemovedWithTheirVersion() throws Exception {
        Path root = dir.resolve("by-version");
        Path theirs = Files.createDirectories(root.resolve("theirs"));
        Files.writeString(theirs.resolve("keep.txt"), "not the server's");
        Files.writeString(root.resolve("keep.txt"), "not the server's");
        org.w3id.ccgraph.io.LocalStore store = org.w3id.ccgraph.io.LocalStore.memory();
        store.replace(TestServer.bundled().dataset());
        try (TestServer s = TestServer.over(PublishServer.create().dumpsByVersion(root), store.dataset())) {
            assertEquals(200, s.get("/download/ccgraph.ttl", null).statusCode());
        }
        List<Path> first = folders(root).stream().filter(f -> !f.getFileName().toString().contains("keep")
                && !f.equals(theirs)).toList();
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).getFileName().toString().startsWith("quads-"), "named after the version: " + first);
        FileTime written = Files.getLastModifiedTime(first.get(0).resolve("ccgraph.ttl"));
        Thread.sleep(20);
        try (TestServer s = TestServer.over(PublishServer.create().dumpsByVersion(root), store.dataset())) {
            assertEquals(200, s.get("/download/ccgraph.ttl", null).statusCode());
            assertEquals(written, Files.getLastModifiedTime(first.get(0).resolve("ccgraph.ttl")), "not written again");
        }
        org.apache.jena.query.Dataset changed = org.apache.jena.query.DatasetFactory.create();
        changed.getDefaultModel().add(TestServer.bundled().graph()).add(changed.getDefaultModel().createResource(
                "https://example.org/changed"), org.apache.jena.vocabulary.RDFS.label, "a change");
        store.replace(changed);
        try (TestServer s = TestServer.over(PublishServer.create().dumpsByVersion(root), store.dataset())) {
            String ttl = s.get("/download/ccgraph.ttl", null).body();
            assertTrue(ttl.contains("a change"), "the dump of the new version");
        }
        List<Path> now = folders(root).stream().filter(f -> !f.getFileName().toString().contains("keep")
                && !f.equals(theirs)).toList();
        assertEquals(1, now.size(), "the folder of the version no longer served is removed: " + now);
        assertFalse(now.equals(first));
        assertEquals("not the server's", Files.readString(theirs.resolve("keep.txt")), "what the server did not write stays");
        assertEquals("not the server's", Files.readString(root.resolve("keep.txt")));
    }

    @Test
    void dumpsThatCannotBeWrittenAre503AndWrittenOnceTheyCanBe() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the dumps' folder should be");
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(blocker.resolve("dumps")),
                TestServer.bundled().dataset())) {
            for (String path : List.of("/download/ccgraph.ttl", "/catalog")) {
                HttpResponse<String> r = s.get(path, "text/turtle");
                assertEquals(503, r.statusCode(), path + ": " + r.body());
                assertTrue(r.body().startsWith("Unavailable: the dumps could not be written"), r.body());
                assertEquals("60", r.headers().firstValue("Retry-After").orElse(null));
            }
            assertEquals(200, s.get("/", "text/html").statusCode(), "pages do not need the dumps");
            Files.delete(blocker);
            Files.createDirectories(blocker);
            assertEquals(200, s.get("/download/ccgraph.ttl", null).statusCode(), "written once the folder can be");
            assertEquals(200, s.get("/catalog", "text/turtle").statusCode());
        }
    }

    @Test
    void aDamagedDumpFolderIsWrittenAgain() throws Exception {
        Path folder = dir.resolve("damaged");
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder), TestServer.bundled().dataset())) {
            assertEquals(200, s.get("/download/ccgraph.trig", null).statusCode());
        }
        String trig = Files.readString(folder.resolve("ccgraph.trig"));
        Files.writeString(folder.resolve("ccgraph.trig"), "cut");
        try (TestServer s = TestServer.start(PublishServer.create().dumpFolder(folder), TestServer.bundled().dataset())) {
            assertEquals(trig, s.get("/download/ccgraph.trig", null).body());
        }
    }
}
