package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.io.LocalStore;

/** The text index of a TDB2 store: built when missing or older than the data, reopened as it is otherwise. */
class SearchIndexTest {

    private static final String P5 = "https://w3id.org/ccgraph/id/doc/12862-19/p/5";

    /** The files of a folder with their sizes and modification times. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                out.put(f.getFileName().toString(), Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return out;
    }

    private static List<String> iris(SearchIndex index, String q, String lang) {
        return index.search().search(q, lang, 0, 100).hits().stream().map(TextSearch.Hit::iri).toList();
    }

    @Test
    void theIndexOfAStoreIsReopenedAsItIsAndBuiltAgainOnlyWhenMissingOrOlderThanTheData(@TempDir Path dir)
            throws IOException {
        Path db = dir.resolve("db");
        Path folder = db.resolve(SearchIndex.FOLDER);
        LocalStore store = LocalStore.tdb2(db);
        store.replace(TestServer.bundled().dataset());
        assertNotNull(store.version());

        StringWriter err = new StringWriter();
        try (SearchIndex built = SearchIndex.forStore(store, folder, new PrintWriter(err))) {
            assertTrue(err.toString().matches("ccgraph: the text index in \\S+ was missing; built it again: [0-9]+ texts "
                    + "in [0-9.]+ s\\R"), err.toString());
            assertEquals(store.version(), built.version());
            assertTrue(iris(built, "medlemsstat", "da").contains(P5));
        }
        Map<String, String> before = files(folder);

        err = new StringWriter();
        try (SearchIndex reopened = SearchIndex.forStore(store, folder, new PrintWriter(err))) {
            assertEquals("", err.toString(), "a current index is not built again");
            assertTrue(iris(reopened, "medlemsstat", "da").contains(P5));
        }
        assertEquals(before, files(folder), "reopening wrote nothing");

        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        err = new StringWriter();
        try (SearchIndex rebuilt = SearchIndex.forStore(store, folder, new PrintWriter(err))) {
            assertTrue(err.toString().contains("was missing; built it again"), err.toString());
            assertTrue(iris(rebuilt, "medlemsstat", "da").contains(P5));
        }

        store.replace(Converter.create().build().convert(Fixtures.corpus("31992Y1204-01.txt")).dataset());
        err = new StringWriter();
        try (SearchIndex newer = SearchIndex.forStore(store, folder, new PrintWriter(err))) {
            assertTrue(err.toString().contains("was older than the data; built it again"), err.toString());
            assertEquals(store.version(), newer.version());
            assertFalse(iris(newer, "medlemsstat", null).contains(P5), "nothing of the old document is left");
            assertFalse(iris(newer, "strengthen", "en").isEmpty());
        }
        err = new StringWriter();
        SearchIndex.forStore(store, folder, new PrintWriter(err)).close();
        assertEquals("", err.toString(), "built once");
    }

    @Test
    void aServerThatReplacesItsDataSearchesTheNewData() throws Exception {
        try (TestServer s = TestServer.bundledServer()) {
            assertTrue(s.get("/search.json?q=medlemsstat", null).body().contains(P5));
            s.server.replace(Converter.create().build().convert(Fixtures.corpus("31992Y1204-01.txt")).dataset());
            assertFalse(s.get("/search.json?q=medlemsstat", null).body().contains(P5));
            assertTrue(s.get("/search.json?q=strengthen", null).body().contains("strengthening"));
        }
    }
}
