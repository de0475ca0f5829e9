package org.w3id.ccgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.w3id.ccgraph.io.GraphWriter;
import org.w3id.ccgraph.io.RdfFormat;

/**
 * A dump of the content graph under {@code /download/}: Turtle, N-Triples (sorted, gzipped) and JSON-LD,
 * with the SHA-256 and size that the catalogue states.
 *
 * @param file        the file name, e.g. {@code ccgraph.nt.gz}
 * @param key         the short key that names its distribution, e.g. {@code nt-gz}
 * @param format      the RDF syntax inside
 * @param fileType    the code of the syntax in the EU file-type table
 * @param compression the media type of the compression, or null
 * @param bytes       the file's bytes
 * @param sha256      their SHA-256, lower-case hexadecimal
 */
record Dump(String file, String key, RdfFormat format, String fileType, String compression, byte[] bytes,
            String sha256) {

    /** The name of the dump files without extension. */
    static final String NAME = "ccgraph";
    /** The media type of gzip. */
    static final String GZIP = "application/gzip";

    /** The three dumps of a content graph. */
    static List<Dump> of(Model content) {
        return List.of(
                dump("ttl", RdfFormat.TURTLE, "RDF_TURTLE", null, write(content, RdfFormat.TURTLE)),
                dump("nt-gz", RdfFormat.NTRIPLES, "RDF_N_TRIPLES", GZIP, gzip(write(content, RdfFormat.NTRIPLES))),
                dump("jsonld", RdfFormat.JSONLD, "JSON_LD", null,
                        RdfBytes.jsonLd(content).getBytes(StandardCharsets.UTF_8)));
    }

    private static Dump dump(String key, RdfFormat format, String fileType, String compression, byte[] bytes) {
        String file = NAME + "." + format.extension() + (compression == null ? "" : ".gz");
        return new Dump(file, key, format, fileType, compression, bytes, Rendered.sha256(bytes));
    }

    /** The media type of the file as served. */
    String servedType() {
        return compression != null ? compression : format.mediaType();
    }

    private static byte[] write(Model model, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            new GraphWriter(format).write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
