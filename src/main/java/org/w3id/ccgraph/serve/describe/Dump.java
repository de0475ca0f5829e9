package org.w3id.ccgraph.serve.describe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Properties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.ccgraph.io.AtomicFile;
import org.w3id.ccgraph.io.GraphWriter;
import org.w3id.ccgraph.io.RdfFormat;

/**
 * A dump under {@code /download/}, with the SHA-256 and size that the catalogue states: the content graph in
 * Turtle, N-Triples (sorted, gzipped) and JSON-LD, and the whole dataset as the SPARQL endpoint holds it in
 * N-Quads (sorted, gzipped) and TriG: the content as the default graph, and its named graphs, among them the
 * record of each conversion run. Every dump is a function of the data alone, so the same data gives the same
 * bytes on every start. The files are written once per version of the data into a folder of their own, with a
 * manifest written last; a later start on the same version finds them there and writes nothing.
 *
 * @param file        the file name, e.g. {@code ccgraph.nt.gz}
 * @param key         the short key that names its distribution, e.g. {@code nt-gz}
 * @param format      the RDF syntax inside
 * @param fileType    the code of the syntax in the EU file-type table
 * @param compression the media type of the compression, or null
 * @param path        where the file is
 * @param size        its size in bytes
 * @param sha256      its SHA-256, lower-case hexadecimal
 */
public record Dump(String file, String key, RdfFormat format, String fileType, String compression, Path path, long size,
            String sha256) {

    /** The name of the dump files without extension. */
    static final String NAME = "ccgraph";
    /** The media type of gzip. */
    static final String GZIP = "application/gzip";
    /** The file that lists the dumps of a folder, written after them. */
    public static final String MANIFEST = "manifest.properties";

    /** What each dump is: key, syntax, EU file type, compression, and whether it holds the named graphs. */
    private record Kind(String key, RdfFormat format, String fileType, String compression, boolean quads) {
        String file() {
            return NAME + "." + format.extension() + (compression == null ? "" : ".gz");
        }
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("ttl", RdfFormat.TURTLE, "RDF_TURTLE", null, false),
            new Kind("nt-gz", RdfFormat.NTRIPLES, "RDF_N_TRIPLES", GZIP, false),
            new Kind("jsonld", RdfFormat.JSONLD, "JSON_LD", null, false),
            new Kind("nq-gz", RdfFormat.NQUADS, "RDF_N_QUADS", GZIP, true),
            new Kind("trig", RdfFormat.TRIG, "RDF_TRIG", null, true));

    /**
     * The dumps of a content graph and of the named graphs published with it (the run records; sorted by
     * name here, whatever order the store gave them in), as files in {@code folder}: those a manifest there
     * lists, when they are all present with their size, else written now. The JSON-LD dump is what
     * {@code jsonLd} writes, so that it reads as the server's JSON-LD does.
     */
    public static List<Dump> of(Model content, Map<String, Model> namedGraphs, Path folder,
                                Map<String, String> prefixes, Function<Model, String> jsonLd) {
        try {
            List<Dump> found = read(folder);
            if (found != null) {
                return found;
            }
            Files.createDirectories(folder);
            Dataset all = canonical(content, namedGraphs, prefixes);
            Model sortedContent = all.getDefaultModel();
            List<Dump> dumps = new ArrayList<>();
            Properties manifest = new Properties();
            for (Kind k : KINDS) {
                Path target = folder.resolve(k.file());
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                AtomicFile.write(target, out -> {
                    OutputStream digesting = new DigestOutputStream(out, sha);
                    OutputStream body = k.compression() == null ? digesting : new GZIPOutputStream(digesting, 1 << 16);
                    if (k.format() == RdfFormat.JSONLD) {
                        body.write(jsonLd.apply(sortedContent).getBytes(StandardCharsets.UTF_8));
                    } else if (k.quads()) {
                        new GraphWriter(k.format()).write(all, body);
                    } else {
                        new GraphWriter(k.format()).write(sortedContent, body);
                    }
                    if (body instanceof GZIPOutputStream gz) {
                        gz.finish();
                    }
                    digesting.flush();
                });
                String hex = HexFormat.of().formatHex(sha.digest());
                long size = Files.size(target);
                manifest.setProperty(k.key(), size + " " + hex);
                dumps.add(new Dump(k.file(), k.key(), k.format(), k.fileType(), k.compression(), target, size, hex));
            }
            AtomicFile.write(folder.resolve(MANIFEST), out -> manifest.store(out, "the dumps of one version of the data"));
            return List.copyOf(dumps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    /** The dumps a manifest in {@code folder} lists, when every file is there with its size; else null. */
    private static List<Dump> read(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newInputStream(manifest)) {
            p.load(in);
        }
        List<Dump> dumps = new ArrayList<>();
        for (Kind k : KINDS) {
            String[] entry = p.getProperty(k.key(), "").split(" ");
            Path file = folder.resolve(k.file());
            if (entry.length != 2 || !Files.isRegularFile(file) || Files.size(file) != Long.parseLong(entry[0])) {
                return null;
            }
            dumps.add(new Dump(k.file(), k.key(), k.format(), k.fileType(), k.compression(), file,
                    Long.parseLong(entry[0]), entry[1]));
        }
        return List.copyOf(dumps);
    }

    /** Whether the dump holds named graphs besides the content. */
    public boolean hasNamedGraphs() {
        return format.isQuads();
    }

    /** The strong entity tag of the file, from its SHA-256. */
    public String etag() {
        return "\"" + sha256.substring(0, 24) + "\"";
    }

    /**
     * The content and the named graphs as one dataset, built in a fixed order (graphs by name, triples sorted)
     * so that the writers, which follow the order of the in-memory graphs, give the same bytes every time.
     */
    private static Dataset canonical(Model content, Map<String, Model> namedGraphs,
                                     Map<String, String> prefixes) {
        Dataset ds = DatasetFactory.create();
        ds.getDefaultModel().setNsPrefixes(prefixes);
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

    /** The media type of the file as served. */
    public String servedType() {
        return compression != null ? compression : format.mediaType();
    }
}
