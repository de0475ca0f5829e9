package org.w3id.ccgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void replacesTheTargetOnlyWhenTheWholeContentWasWritten(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("graph.nt");
        Files.writeString(target, "old\n");
        AtomicFile.write(target, out -> out.write("new\n".getBytes()));
        assertEquals("new\n", Files.readString(target));
    }

    @Test
    void aDiskThatFillsUpMidwayLeavesTheOldFileAndNoPartialFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("graph.nt");
        Files.writeString(target, "old\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "the temporary file is gone");
        }
    }

    @Test
    void aJenaWriterFailureIsReportedAsAnIoFailure(@TempDir Path dir) {
        Path target = dir.resolve("graph.nt");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            throw new org.apache.jena.atlas.RuntimeIOException(new IOException("No space left on device"));
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(false, Files.exists(target));
    }

    @Test
    void writesIntoANamedPipeOrDeviceInsteadOfReplacingIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<String> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                AtomicFile.write(fifo, out -> out.write("through the pipe\n".getBytes()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("through the pipe\n", read.get(20, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(false, Files.isRegularFile(fifo), "the pipe is still a pipe");
    }
}
