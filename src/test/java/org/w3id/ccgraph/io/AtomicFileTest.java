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
}
