package org.w3id.ccgraph.io;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the graphs of many documents as they come. Quad formats (N-Quads, TriG) get one named graph per
 * document, one per conversion run and one for the shared reference data; triple formats get the union of
 * the contents and the reference data once. N-Triples, N-Quads, Turtle and TriG are streamed, so memory
 * does not grow with the corpus; JSON-LD and RDF/XML cannot be streamed and are collected first.
 */
public final class CorpusWriter implements AutoCloseable {

    private final OutputStream out;
    private final RdfFormat format;
    private final StreamRDF stream;
    private final Dataset collected;

    /** A writer of one format to a stream; prefixes are written first where the syntax has them. */
    public CorpusWriter(OutputStream out, RdfFormat format, java.util.Map<String, String> prefixes) {
        this.out = out;
        this.format = format;
        RDFFormat streaming = streaming(format);
        if (streaming != null) {
            this.stream = StreamRDFWriter.getWriterStream(out, streaming);
            this.collected = null;
            stream.start();
            prefixes.forEach(stream::prefix);
        } else {
            this.stream = null;
            this.collected = DatasetFactory.create();
            collected.getDefaultModel().setNsPrefixes(prefixes);
        }
    }

    private static RDFFormat streaming(RdfFormat format) {
        switch (format) {
            case NTRIPLES: return RDFFormat.NTRIPLES_UTF8;
            case NQUADS: return RDFFormat.NQUADS_UTF8;
            case TURTLE: return RDFFormat.TURTLE_BLOCKS;
            case TRIG: return RDFFormat.TRIG_BLOCKS;
            default: return null;
        }
    }

    /** Adds a graph: named {@code graph} in quad formats, merged into the default graph otherwise. */
    public void add(String graph, Model model) {
        add(graph, model, Keep.ALWAYS);
    }

    /** Adds a graph that triple formats leave out (the record of a run). */
    public void addQuadsOnly(String graph, Model model) {
        add(graph, model, Keep.QUADS_ONLY);
    }

    private enum Keep { ALWAYS, QUADS_ONLY }

    private void add(String graph, Model model, Keep keep) {
        boolean quads = format.isQuads();
        if (!quads && keep == Keep.QUADS_ONLY) {
            return;
        }
        Node g = quads ? NodeFactory.createURI(graph) : Quad.defaultGraphIRI;
        if (stream != null) {
            model.getGraph().find().forEachRemaining(t -> emit(g, t));
        } else if (quads) {
            collected.getNamedModel(graph).add(model);
        } else {
            collected.getDefaultModel().add(model);
        }
    }

    private void emit(Node graph, Triple t) {
        if (graph == Quad.defaultGraphIRI) {
            stream.triple(t);
        } else {
            stream.quad(Quad.create(graph, t));
        }
    }

    /** Finishes the output. */
    @Override
    public void close() {
        if (stream != null) {
            stream.finish();
        } else if (format.isQuads()) {
            RDFDataMgr.write(out, collected, format.jenaFormat());
        } else {
            RDFDataMgr.write(out, collected.getDefaultModel(), format.jenaFormat());
        }
    }
}
