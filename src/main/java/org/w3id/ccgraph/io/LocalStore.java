package org.w3id.ccgraph.io;

import java.nio.file.Path;
import java.time.Instant;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.ccgraph.Title;

/**
 * A transactional store of the served dataset, in memory or in a TDB2 folder. Its content is replaced in
 * one write transaction: readers see the old data or the new, and a failure part-way aborts and leaves the
 * old data as it was. The same transaction writes a small record that a conversion was committed (about
 * {@value #COMMIT_GRAPH}), so that a store left empty or half-written by something else, such as a first
 * load killed before it committed, is told apart from one that holds a complete conversion.
 *
 * <p>Two {@link Layout}s: one document keeps its content in the default graph; a corpus keeps every graph
 * named, and the default graph that queries and pages see is the union of the named graphs (TDB2's union
 * default graph), not a second copy of the quads. The record of the commit says which layout the store
 * has, so that a restart serves it the same way.
 *
 * <pre>{@code
 * LocalStore store = LocalStore.tdb2(Path.of("db"));
 * if (store.state() != LocalStore.State.COMMITTED) { store.replace(conversion.dataset()); }
 * server.dataset(store.dataset());
 * }</pre>
 */
public final class LocalStore {

    /** The named graph recording that a conversion was committed into the store, and when. */
    public static final String COMMIT_GRAPH = "urn:ccgraph:commit";

    /** How the content is kept. */
    public enum Layout {
        /**
         * The content in the default graph, run records in named graphs, the commit record in the named
         * graph {@value LocalStore#COMMIT_GRAPH}.
         */
        DEFAULT_GRAPH,
        /**
         * Every graph named (documents, run records, reference data); the default graph seen is their union.
         * The stored default graph holds only the commit record, out of sight of the union.
         */
        NAMED_GRAPHS
    }

    /** What a store holds. */
    public enum State {
        /** Nothing at all: a new store, or one whose first load never committed. */
        EMPTY,
        /** A conversion, committed completely. */
        COMMITTED,
        /** Data without the record of a committed conversion: written by another tool or an older version. */
        UNRECORDED
    }

    private final Dataset dataset;
    private final String name;

    private LocalStore(Dataset dataset, String name) {
        this.dataset = dataset;
        this.name = name;
    }

    /** A store over a dataset that supports transactions (every Jena dataset does, at least with a lock). */
    public static LocalStore of(Dataset dataset) {
        return new LocalStore(dataset, "the dataset");
    }

    /** An empty transactional store in memory. */
    public static LocalStore memory() {
        return new LocalStore(DatasetFactory.createTxnMem(), "memory");
    }

    /** The TDB2 store in a folder, created when the folder is new or empty. */
    public static LocalStore tdb2(Path folder) {
        try {
            return new LocalStore(TDB2Factory.connectDataset(folder.toString()), folder.toString());
        } catch (DBOpEnvException e) {
            throw locked(folder.toString(), e);
        }
    }

    /**
     * What the store holds. Opening it here, before any work is done, also tells at once whether another
     * process holds it ({@value #Title.STORE_LOCKED}).
     */
    public State state() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node commit = NodeFactory.createURI(COMMIT_GRAPH);
        try {
            return Txn.calculateRead(dsg, () -> dsg.find(commit, Node.ANY, Node.ANY, Node.ANY).hasNext()
                    || layoutNow(dsg) == Layout.NAMED_GRAPHS ? State.COMMITTED
                    : dsg.find().hasNext() ? State.UNRECORDED : State.EMPTY);
        } catch (DBOpEnvException e) {
            throw locked(name, e);
        }
    }

    /** The layout of the stored data: {@link Layout#NAMED_GRAPHS} when the commit record says so. */
    public Layout layout() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> layoutNow(dsg));
    }

    private static Layout layoutNow(DatasetGraph dsg) {
        Node commit = NodeFactory.createURI(COMMIT_GRAPH);
        return dsg.getDefaultGraph().find(commit, Node.ANY, Node.ANY).hasNext() ? Layout.NAMED_GRAPHS : Layout.DEFAULT_GRAPH;
    }

    /**
     * The stored dataset as it is to be served: for {@link Layout#NAMED_GRAPHS}, a read-only view whose
     * default graph is the union of the named graphs.
     */
    public Dataset dataset() {
        return layout() == Layout.NAMED_GRAPHS ? DatasetFactory.wrap(new UnionView(dataset.asDatasetGraph())) : dataset;
    }


    private static InputException locked(String name, DBOpEnvException e) {
        return new InputException(Title.STORE_LOCKED, Location.of(name), "expected a store that no other process uses, but "
                + String.valueOf(e.getMessage()).replaceFirst("^.*?held by", "it is held by")
                + "; stop that process or give another folder", e);
    }

    /**
     * The version of the stored data, as its commit record says: the digest of what was committed, so that the
     * same content committed again is the same version (a store committed by an earlier ccgraph, whose record has
     * no digest: when it was committed); null when the store holds no commit record.
     */
    public String version() {
        return version(dataset.asDatasetGraph());
    }

    /** The version of the data in {@code dsg} (a store of this class, not a view of it), as {@link #version()}. */
    static String version(DatasetGraph dsg) {
        Node commit = NodeFactory.createURI(COMMIT_GRAPH);
        java.util.function.Function<Node, Quad> first = p -> Iter.first(dsg.find(Node.ANY, commit, p, Node.ANY),
                q -> q.getObject().isLiteral());
        Quad record = Txn.calculateRead(dsg, () -> {
            Quad id = first.apply(DCTerms.identifier.asNode());
            return id != null ? id : first.apply(DCTerms.modified.asNode());
        });
        return record == null ? null : record.getObject().getLiteralLexicalForm();
    }

    /**
     * A digest of the quads of {@code dsg} that does not depend on their order or on the labels of blank nodes:
     * their number and the sum, modulo 2^128, of the SHA-256 (first 128 bits) of each quad in N-Quads terms.
     */
    static String digest(DatasetGraph dsg) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
        long high = 0;
        long low = 0;
        long n = 0;
        StringBuilder line = new StringBuilder();
        for (java.util.Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            line.setLength(0);
            for (Node node : new Node[] {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()}) {
                line.append(node.isBlank() ? "_:" : org.apache.jena.riot.out.NodeFmtLib.strNT(node)).append(' ');
            }
            byte[] h = sha.digest(line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long hh = java.nio.ByteBuffer.wrap(h, 0, 8).getLong();
            long hl = java.nio.ByteBuffer.wrap(h, 8, 8).getLong();
            long sum = low + hl;
            high += hh + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
            low = sum;
            n++;
        }
        return "quads-" + n + "-" + java.util.HexFormat.of().toHexDigits(high) + java.util.HexFormat.of().toHexDigits(low);
    }

    /** The number of triples in all graphs of the store. */
    public long quads() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** The number of triples of the default graph as served (the union of the named graphs in that layout). */
    public long size() {
        DatasetGraph dsg = dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
    }

    /**
     * Replaces everything in the store (default and named graphs) with the content of {@code source} and
     * the record that it was committed, atomically, in the layout {@link Layout#DEFAULT_GRAPH}.
     */
    public void replace(Dataset source) {
        replace(source, Layout.DEFAULT_GRAPH);
    }

    /**
     * Replaces everything in the store with the content of {@code source} and the record that it was
     * committed, atomically. For {@link Layout#NAMED_GRAPHS} the source holds named graphs only: its default
     * graph would be hidden behind the union, so a source with triples there is refused.
     */
    public void replace(Dataset source, Layout layout) {
        DatasetGraph from = source.asDatasetGraph();
        replace(layout, target -> {
            DatasetGraph to = target.asDatasetGraph();
            from.find().forEachRemaining(q -> to.add(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q));
            to.prefixes().putAll(from.prefixes());
            return true;
        });
    }

    /**
     * Replaces everything in the store with what {@code fill} writes into it, in one write transaction on the
     * calling thread: the store is emptied, {@code fill} adds the new content (graphs may be added one at a
     * time as they are made, so the content need never be held in memory at once), then the record of the
     * commit is added and the transaction committed. When {@code fill} returns false or throws, the
     * transaction is aborted and the store holds what it held before. {@code fill} must write on the calling
     * thread. For {@link Layout#NAMED_GRAPHS} it writes named graphs only: triples in the default graph, which
     * the union of the named graphs would hide, abort the replacement with an IllegalArgumentException.
     *
     * @return whether the new content was committed
     */
    public boolean replace(Layout layout, java.util.function.Predicate<Dataset> fill) {
        DatasetGraph target = dataset.asDatasetGraph();
        Node commit = NodeFactory.createURI(COMMIT_GRAPH);
        Node record = layout == Layout.NAMED_GRAPHS ? Quad.defaultGraphIRI : commit;
        dataset.begin(org.apache.jena.query.ReadWrite.WRITE);
        try {
            target.clear();
            if (!fill.test(dataset)) {
                dataset.abort();
                return false;
            }
            if (layout == Layout.NAMED_GRAPHS && !target.getDefaultGraph().isEmpty()) {
                throw new IllegalArgumentException("expected named graphs only, found " + target.getDefaultGraph().size()
                        + " triples in the default graph, which the union of the named graphs would hide");
            }
            target.add(record, commit, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(digest(target)));
            target.add(record, commit, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(),
                    XSDDatatype.XSDdateTime));
            dataset.commit();
            return true;
        } finally {
            if (dataset.isInTransaction()) {
                dataset.abort();
            }
            dataset.end();
        }
    }
}
