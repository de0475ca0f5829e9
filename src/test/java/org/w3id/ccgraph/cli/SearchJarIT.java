package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search from the shaded jar, in processes of their own: Lucene finds its codecs and analysers in the merged
 * service files, and the text index of a TDB2 store is written with the conversion, reopened as it is on a
 * restart, and built again (saying so) when it is missing.
 */
class SearchJarIT {

    private static final Pattern HOME = Pattern.compile("home page: +(http://\\S+/)");

    /** A running {@code serve} and its base URL. */
    private record Served(Process process, String url, Path err) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    private static Served serve(Path dir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("ccgraph.jar", "target/ccgraph.jar")).toAbsolutePath().toString(),
                "serve", "--port", "0"));
        command.addAll(List.of(args));
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = HOME.matcher(line);
            if (m.find()) {
                return new Served(p, m.group(1), err);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("serve ended without serving: " + Files.readString(err));
    }

    private static String search(Served s, String query) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.url()
                + "search.json?" + query)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theIndexOfAStoreIsWrittenWithTheConversionKeptOverARestartAndBuiltAgainWhenMissing(@TempDir Path dir)
            throws Exception {
        Path db = dir.resolve("db");
        String p5 = "https://w3id.org/ccgraph/id/doc/12862-19/p/5";
        try (Served first = serve(dir, "first", "--tdb2", db.toString(), "--reload")) {
            assertTrue(search(first, "q=medlemsstat&lang=da").contains(p5));
            assertFalse(Files.readString(first.err()).contains("text index"), Files.readString(first.err()));
        }
        assertTrue(Files.isDirectory(db.resolve("text-index")));
        try (Served restart = serve(dir, "restart", "--tdb2", db.toString())) {
            assertTrue(search(restart, "q=medlemsstat&lang=da").contains(p5));
            assertEquals("", Files.readString(restart.err()), "reopened, not built again");
        }
        try (Stream<Path> walk = Files.walk(db.resolve("text-index"))) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (Served missing = serve(dir, "missing", "--tdb2", db.toString())) {
            assertTrue(Files.readString(missing.err()).matches("ccgraph: the text index in \\S+text-index was missing; "
                    + "built it again: [0-9]+ texts in [0-9.]+ s\\R"), Files.readString(missing.err()));
            assertTrue(search(missing, "q=medlemsstat&lang=da").contains(p5));
        }
    }
}
