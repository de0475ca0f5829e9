package org.w3id.ccgraph.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The graphs of many documents in a remote Graph Store, loaded so that a run can be repeated or resumed.
 * Each part (a document's content graph with the graph of its run record, or the reference data) is
 * replaced with one PUT per graph, which the store applies atomically. Beside it the store keeps a small
 * record, the named graph {@value #RECORD_PREFIX}{@code <graph IRI>}: the SHA-256 of what was put (graph
 * names and sorted N-Triples) and the run graph that went with it. The record is written last, after the
 * graphs it vouches for; before them it is replaced by one without a digest that names the old and the
 * new run graph. So a record with a digest describes what the store holds, and a load stopped at any
 * point leaves, for the part it was loading, a record without digest (or none): a rerun loads that part
 * again, skips the parts whose recorded digest is that of the new conversion, and deletes run graphs that
 * a changed input left behind. This holds as long as no other tool writes these graphs.
 *
 * <pre>{@code
 * RemoteCorpus corpus = new RemoteCorpus(store);
 * RemoteCorpus.Result r = corpus.load(new RemoteCorpus.Part(docIri, content, runIri, run));
 * }</pre>
 */
public final class RemoteCorpus {

    /** The start of the name of the record graph of a loaded graph; its IRI follows. */
    public static final String RECORD_PREFIX = "urn:ccgraph:load:";
    /** The graph that says a load of a corpus is under way, from {@link #begin()} to {@link #end()}. */
    public static final String LOADING = "urn:ccgraph:loading";

    /** What loading a part did. */
    public enum Result {
        /** The part was put into the store. */
        LOADED,
        /** The store held it already, as recorded by an earlier load of the same conversion. */
        SKIPPED
    }

    /**
     * Graphs to load together: a content graph and, for a document, the graph of its run record.
     *
     * @param graph    the name of the content graph
     * @param content  its triples
     * @param runGraph the name of the run record's graph, or null
     * @param run      the run record, or null
     */
    public record Part(String graph, Model content, String runGraph, Model run) {
        /** A content graph without a run record (the reference data). */
        public static Part of(String graph, Model content) {
            return new Part(graph, content, null, null);
        }
    }

    private final RemoteStore store;

    /** Loads into the named graphs of {@code store}. */
    public RemoteCorpus(RemoteStore store) {
        this.store = store;
    }

    /**
     * Marks the store as being loaded, so that a server in front of it does not publish the corpus half loaded
     * (a load that is killed leaves the mark until the next load ends).
     */
    public void begin() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(LOADING).addProperty(DCTerms.modified,
                m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));
        store.replace(LOADING, m);
    }

    /** Removes the mark of {@link #begin()}. */
    public void end() {
        store.delete(LOADING);
    }

    /** The name of the record graph of the graph {@code graph}. */
    public static String recordGraph(String graph) {
        return RECORD_PREFIX + graph;
    }

    /** Puts the part into the store unless its record says that the store holds it already. */
    public Result load(Part part) {
        byte[] content = sortedNTriples(part.content());
        byte[] run = part.run() == null ? null : sortedNTriples(part.run());
        String digest = digest(part, content, run);
        String name = recordGraph(part.graph());
        Optional<Model> old = store.get(name);
        Set<String> obsolete = new TreeSet<>();
        if (old.isPresent()) {
            Resource r = old.get().createResource(name);
            if (r.hasProperty(DCTerms.identifier, digest)) {
                return Result.SKIPPED;
            }
            r.listProperties(DCTerms.references).forEachRemaining(s -> {
                if (s.getObject().isURIResource()) {
                    obsolete.add(s.getResource().getURI());
                }
            });
        }
        Set<String> pending = new TreeSet<>(obsolete);
        if (part.runGraph() != null) {
            pending.add(part.runGraph());
            obsolete.remove(part.runGraph());
        }
        store.replace(name, record(name, null, pending));
        store.replace(part.graph(), content);
        if (run != null) {
            store.replace(part.runGraph(), run);
        }
        for (String gone : obsolete) {
            store.delete(gone);
        }
        store.replace(name, record(name, digest, part.runGraph() == null ? Set.of() : Set.of(part.runGraph())));
        return Result.LOADED;
    }

    /** The record of a part: its digest (none while it is being replaced), its run graphs, the time. */
    private static Model record(String name, String digest, Set<String> runs) {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(name);
        if (digest != null) {
            r.addProperty(DCTerms.identifier, digest);
        }
        for (String run : runs) {
            r.addProperty(DCTerms.references, m.createResource(run));
        }
        RDFNode now = m.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime);
        r.addProperty(DCTerms.modified, now);
        return m;
    }

    /** "sha256:" and the SHA-256 of the graph names and their sorted N-Triples, in lower-case hexadecimal. */
    static String digest(Part part, byte[] content, byte[] run) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((part.graph() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(content);
            if (run != null) {
                sha.update((part.runGraph() + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(run);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static byte[] sortedNTriples(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new GraphWriter(RdfFormat.NTRIPLES).write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
