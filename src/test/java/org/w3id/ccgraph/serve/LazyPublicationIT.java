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
