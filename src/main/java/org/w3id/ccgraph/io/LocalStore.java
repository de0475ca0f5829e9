package org.w3id.ccgraph.io;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A transactional store of the served dataset, in memory or in a TDB2 folder. Its content is replaced in
 * one write transaction: readers see the old data or the new, and a failure part-way aborts and leaves the
 * old data as it was.
 *
 * <pre>{@code
 * LocalStore store = LocalStore.tdb2(Path.of("db"));
 * if (store.isEmpty()) { store.replace(conversion.dataset()); }
 * server.dataset(store.dataset());
 * }</pre>
 */
public final class LocalStore {

    private final Dataset dataset;

    private LocalStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** A store over a dataset that supports transactions (every Jena dataset does, at least with a lock). */
    public static LocalStore of(Dataset dataset) {
        return new LocalStore(dataset);
    }

    /** An empty transactional store in memory. */
    public static LocalStore memory() {
        return new LocalStore(DatasetFactory.createTxnMem());
    }

    /** The TDB2 store in a folder, created when the folder is new or empty. */
    public static LocalStore tdb2(Path folder) {
        return new LocalStore(TDB2Factory.connectDataset(folder.toString()));
    }

    /** The stored dataset, for a server. */
    public Dataset dataset() {
        return dataset;
    }

    /** Whether the store holds no triple in any graph. */
    public boolean isEmpty() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> !dsg.find().hasNext());
    }

    /** The number of triples of the default graph. */
    public long size() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
    }

    /** Replaces everything in the store (default and named graphs) with the content of {@code source}, atomically. */
    public void replace(Dataset source) {
        DatasetGraph target = dataset.asDatasetGraph();
        DatasetGraph from = source.asDatasetGraph();
        Txn.executeWrite(target, () -> {
            target.clear();
            from.find().forEachRemaining(q -> target.add(q.isDefaultGraph()
                    ? Quad.create(Quad.defaultGraphIRI, q.asTriple()) : q));
            target.prefixes().putAll(from.prefixes());
        });
    }
}
