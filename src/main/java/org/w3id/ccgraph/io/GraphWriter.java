package org.w3id.ccgraph.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Writes a graph (or a dataset) in one of the {@link RdfFormat}s. N-Triples and N-Quads come out with
 * their lines sorted, so the same graph always gives the same bytes.
 */
public final class GraphWriter {

    private final RdfFormat format;

    /** A writer for one format. */
    public GraphWriter(RdfFormat format) {
        this.format = format;
    }

    /** Writes the dataset; a triple format gets its default graph only. */
    public void write(Dataset dataset, OutputStream out) throws IOException {
        if (format.isQuads()) {
            if (format == RdfFormat.NQUADS) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                RDFDataMgr.write(buffer, dataset, format.jenaFormat());
                sortLines(buffer, out);
            } else {
                RDFDataMgr.write(out, dataset, format.jenaFormat());
            }
        } else {
            write(dataset.getDefaultModel(), out);
        }
        out.flush();
    }

    /** Writes the model. */
    public void write(Model model, OutputStream out) throws IOException {
        if (format.isQuads()) {
            write(DatasetFactory.wrap(model), out);
            return;
        }
        if (format == RdfFormat.NTRIPLES) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            RDFDataMgr.write(buffer, model, format.jenaFormat());
            sortLines(buffer, out);
        } else {
            RDFDataMgr.write(out, model, format.jenaFormat());
        }
        out.flush();
    }

    /** Writes the model to a file atomically. */
    public void write(Model model, Path file) throws IOException {
        AtomicFile.write(file, out -> write(model, out));
    }

    /** Writes the dataset to a file atomically. */
    public void write(Dataset dataset, Path file) throws IOException {
        AtomicFile.write(file, out -> write(dataset, out));
    }

    private static void sortLines(ByteArrayOutputStream buffer, OutputStream out) throws IOException {
        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }
}
