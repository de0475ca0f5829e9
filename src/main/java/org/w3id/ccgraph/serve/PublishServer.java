package org.w3id.ccgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * An embedded Fuseki publishing one dataset read-only: SPARQL query at {@code /sparql}, nothing that
 * writes.
 *
 * <pre>{@code
 * PublishServer server = PublishServer.create().port(3030).dataset(ds).build().start();
 * server.port(); server.stop();
 * }</pre>
 */
public final class PublishServer {

    /** The path of the SPARQL endpoint. */
    public static final String SPARQL = "/sparql";

    private final FusekiServer fuseki;

    private PublishServer(Builder b) {
        DatasetGraph dsg = b.dataset.asDatasetGraph();
        this.fuseki = FusekiServer.create()
                .port(b.port)
                .loopback(b.loopback == Network.LOOPBACK)
                .enablePing(true)
                .add("/", dsg, false)
                .build();
    }

    /** Settings; {@link #build()} makes the server. */
    public static Builder create() {
        return new Builder();
    }

    /** Starts listening; returns this server. */
    public PublishServer start() {
        fuseki.start();
        return this;
    }

    /** The port it listens on (the chosen one when 0 was asked for). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Stops the server. */
    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Which interfaces to listen on. */
    public enum Network { LOOPBACK, ALL }

    /** Settings of a server. */
    public static final class Builder {
        private int port = 3030;
        private Network loopback = Network.ALL;
        private Dataset dataset;

        private Builder() {
        }

        /** The port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on loopback only, or on all interfaces. */
        public Builder network(Network network) {
            this.loopback = network;
            return this;
        }

        /** The dataset to publish. */
        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** The server, not yet started. */
        public PublishServer build() {
            if (dataset == null) {
                throw new IllegalStateException("a dataset is required");
            }
            return new PublishServer(this);
        }
    }
}
