package org.w3id.ccgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar on its own, in a fresh JVM, from another folder: services merged (Jena starts, exactly one
 * SLF4J provider), ontology, shapes, queries and the bundled document packed inside. Named *JarIT so it
 * runs in {@code mvn verify}, after the jar is built.
 */
class PackagedJarIT {

    record Result(int exit, String out, String err) {
    }

    private static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("ccgraph.jar", "target/ccgraph.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout");
        Path err = workDir.resolve("stderr");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Result(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void convertsValidatesAndQueriesTheBundledDocumentFromAnyFolder(@TempDir Path dir) throws Exception {
        Result convert = java(dir, "convert", "-o", "g.ttl");
        assertEquals(0, convert.exit(), convert.err());
        assertFalse(convert.err().contains("SLF4J"), "exactly one SLF4J provider: " + convert.err());
        assertTrue(Files.size(dir.resolve("g.ttl")) > 10_000);
        Result query = java(dir, "query", "footnotes", "-f", "csv");
        assertEquals(0, query.exit(), query.err());
        assertEquals(16, query.out().strip().lines().count());
        Result validate = java(dir, "validate");
        assertEquals(0, validate.exit(), validate.out() + validate.err());
    }

    @Test
    void reportsBadInputWithExitCodeFour(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("bad.txt"), new byte[] {'1', '.', ' ', (byte) 0xFF});
        Result r = java(dir, "convert", "bad.txt");
        assertEquals(4, r.exit());
        assertEquals("bad.txt:1:4: error: NOT UTF-8: expected UTF-8 text, found byte 0xFF that is not valid UTF-8",
                r.err().strip());
    }
}
