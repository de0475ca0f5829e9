package org.w3id.ccgraph.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The reference for the start-up figure: plain Fuseki main with an empty in-memory dataset at /ds, on
 * loopback, nothing else. Usage: {@code java -cp ... org.w3id.ccgraph.bench.PlainFuseki PORT}.
 */
public final class PlainFuseki {

    private PlainFuseki() {
    }

    public static void main(String[] args) {
        FusekiServer.create().port(Integer.parseInt(args[0])).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem()).build().start().join();
    }
}
