package org.w3id.ccgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.ccgraph.io.GraphWriter;
import org.w3id.ccgraph.io.RdfFormat;

/**
 * A dump under {@code /download/}, with the SHA-256 and size that the catalogue states: the content graph in
 * Turtle, N-Triples (sorted, gzipped) and JSON-LD, and the whole dataset as the SPARQL endpoint holds it in
 * N-Quads (sorted, gzipped) and TriG: the content as the default graph, and its named graphs, among them the
 * record of each conversion run. Every dump is a function of the data alone, so the same data gives the same
 * bytes on every start.
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

    /**
     * The dumps of a content graph and of the named graphs published with it (the run records; sorted by
     * name here, whatever order the store gave them in).
     */
    static List<Dump> of(Model content, Map<String, Model> namedGraphs) {
        Dataset all = canonical(content, namedGraphs);
        return List.of(
                dump("ttl", RdfFormat.TURTLE, "RDF_TURTLE", null, write(content, RdfFormat.TURTLE)),
                dump("nt-gz", RdfFormat.NTRIPLES, "RDF_N_TRIPLES", GZIP, gzip(write(content, RdfFormat.NTRIPLES))),
                dump("jsonld", RdfFormat.JSONLD, "JSON_LD", null,
                        RdfBytes.jsonLd(content).getBytes(StandardCharsets.UTF_8)),
                dump("nq-gz", RdfFormat.NQUADS, "RDF_N_QUADS", GZIP, gzip(write(all, RdfFormat.NQUADS))),
                dump("trig", RdfFormat.TRIG, "RDF_TRIG", null, write(all, RdfFormat.TRIG)));
    }

    /** Whether the dump holds named graphs besides the content. */
    boolean hasNamedGraphs() {
        return format.isQuads();
    }

    /**
     * The content and the named graphs as one dataset, built in a fixed order (graphs by name, triples sorted)
     * so that the writers, which follow the order of the in-memory graphs, give the same bytes every time.
     */
    private static Dataset canonical(Model content, Map<String, Model> namedGraphs) {
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(content.getNsPrefixMap());
        sorted(content, ds.getDefaultModel());
        new TreeMap<>(namedGraphs).forEach((name, graph) -> {
            Model copy = ModelFactory.createDefaultModel();
            sorted(graph, copy);
            ds.addNamedModel(name, copy);
        });
        return ds;
    }

    private static void sorted(Model from, Model to) {
        List<Triple> triples = new ArrayList<>(from.getGraph().find().toList());
        triples.sort(Comparator.comparing(t -> NodeFmtLib.str(t)));
        triples.forEach(to.getGraph()::add);
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

    private static byte[] write(Dataset dataset, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try {
            new GraphWriter(format).write(dataset, out);
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
