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
 * old data as it was. The same transaction writes a small record that a conversion was committed (the
 * named graph {@value #COMMIT_GRAPH}), so that a store left empty or half-written by something else, such
 * as a first load killed before it committed, is told apart from one that holds a complete conversion.
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
            return Txn.calculateRead(dsg, () -> dsg.find(commit, Node.ANY, Node.ANY, Node.ANY).hasNext() ? State.COMMITTED
                    : dsg.find().hasNext() ? State.UNRECORDED : State.EMPTY);
        } catch (DBOpEnvException e) {
            throw locked(name, e);
        }
    }

    /** The stored dataset, for a server. */
    public Dataset dataset() {
        return dataset;
    }


    private static InputException locked(String name, DBOpEnvException e) {
        return new InputException(Title.STORE_LOCKED, Location.of(name), "expected a store that no other process uses, but "
                + String.valueOf(e.getMessage()).replaceFirst("^.*?held by", "it is held by")
                + "; stop that process or give another folder", e);
    }

    /** The number of triples in all graphs of the store. */
    public long quads() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find()));
    }

    /** The number of triples of the default graph. */
    public long size() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
    }

    /**
     * Replaces everything in the store (default and named graphs) with the content of {@code source} and
     * the record that it was committed, atomically.
     */
    public void replace(Dataset source) {
        DatasetGraph target = dataset.asDatasetGraph();
        DatasetGraph from = source.asDatasetGraph();
        Node commit = NodeFactory.createURI(COMMIT_GRAPH);
        Txn.executeWrite(target, () -> {
            target.clear();
            from.find().forEachRemaining(q -> target.add(q.isDefaultGraph()
                    ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q));
            target.prefixes().putAll(from.prefixes());
            target.add(commit, commit, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(),
                    XSDDatatype.XSDdateTime));
        });
    }
}
