package org.w3id.ccgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.io.AtomicFile;

/** Writes command output files atomically; a failure (a full disk, a missing permission) is one clear line. */
final class Outputs {


    private Outputs() {
    }

    /** Writes {@code content} to {@code file} atomically, or fails leaving any earlier file as it was. */
    static void write(Path file, AtomicFile.Content content) {
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new CcgraphException(Title.WRITE_FAILED, Location.of(file.toString()), "expected to write the output, "
                    + "but " + e.getMessage() + "; nothing was written and any earlier file is unchanged", e);
        }
    }
}
