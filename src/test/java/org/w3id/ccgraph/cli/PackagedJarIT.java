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
        return java(workDir, workDir.resolve("stdout").toFile(), args);
    }

    private static Result java(Path workDir, java.io.File stdout, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("ccgraph.jar", "target/ccgraph.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path err = workDir.resolve("stderr");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        String out = stdout.isFile() ? Files.readString(stdout.toPath(), StandardCharsets.UTF_8) : "";
        return new Result(exit, out, Files.readString(err, StandardCharsets.UTF_8));
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

    @Test
    void standardOutputIntoAFullDeviceFailsWithWriteFailed(@TempDir Path dir) throws Exception {
        java.io.File full = new java.io.File("/dev/full");
        for (String[] args : new String[][] {{"convert"}, {"validate"}, {"query", "footnotes"}}) {
            Result r = java(dir, full, args);
            assertEquals(1, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains("<stdout>: error: WRITE FAILED: expected to write the output to standard output, "
                    + "but No space left on device"), r.err());
        }
    }

    @Test
    void aStoreWhoseFirstLoadWasKilledIsRefusedNotFilledWithTheBundledDocument(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new org.w3id.ccgraph.bench.CorpusGenerator().write(200, corpus);
        Path db = dir.resolve("db");
        Process load = new ProcessBuilder(javaCommand("serve", "--tdb2", db.toString(), "--port", "0", corpus.toString()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("load.log").toFile()).start();
        for (int i = 0; i < 600 && !Files.exists(db.resolve("tdb.lock")); i++) {
            Thread.sleep(50);
        }
        Thread.sleep(1000);
        load.destroyForcibly().waitFor();
        assertFalse(Files.readString(dir.resolve("load.log")).contains("serving"), "killed before it committed");
        Process restart = new ProcessBuilder(javaCommand("serve", "--tdb2", db.toString(), "--port", "0"))
                .directory(dir.toFile()).redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile())
                .start();
        boolean ended = restart.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
        restart.destroyForcibly().waitFor();
        String err = Files.readString(dir.resolve("err"));
        assertTrue(ended, "the restart served something instead of refusing: " + Files.readString(dir.resolve("out")));
        assertEquals(4, restart.exitValue(), err);
        assertTrue(err.startsWith(db + ": error: STORE NOT LOADED: expected a store holding a committed conversion, found "
                + "it empty"), err);
        assertFalse(Files.readString(dir.resolve("out")).contains("serving"));
    }

    @Test
    void serveSaysWhereItListensAndListensOnLoopback(@TempDir Path dir) throws Exception {
        Process serve = new ProcessBuilder(javaCommand("serve", "--port", "0")).directory(dir.toFile())
                .redirectErrorStream(true).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            String listening = null;
            while ((line = out.readLine()) != null && listening == null) {
                if (line.contains("listening on:")) {
                    listening = line;
                }
            }
            assertTrue(listening != null && listening.matches(".*listening on: +127\\.0\\.0\\.1:[0-9]+ \\(this machine only; "
                    + "--host 0\\.0\\.0\\.0 publishes on every interface\\)"), String.valueOf(listening));
        } finally {
            serve.destroyForcibly().waitFor();
        }
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("ccgraph.jar", "target/ccgraph.jar")).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }
}
