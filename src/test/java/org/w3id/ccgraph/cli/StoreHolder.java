package org.w3id.ccgraph.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** A process of its own that opens a TDB2 store, says "ready" and keeps it until it is killed. */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        Dataset ds = TDB2Factory.connectDataset(args[0]);
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().hasNext());
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
