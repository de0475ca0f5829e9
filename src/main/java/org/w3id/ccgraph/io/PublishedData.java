package org.w3id.ccgraph.io;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphUnionRead;
import org.apache.jena.system.Txn;

/**
 * The data a server publishes, read where it is stored: a local dataset (in memory or TDB2), or a remote SPARQL
 * endpoint. Nothing is copied: {@link #graph()} is a read-only view for reads by triple pattern, and
 * {@link #query} runs a query where the data is (ARQ over the local store, or the remote endpoint). What the
 * data is: the content and the records of the conversion runs, as one graph.
 *
 * <pre>{@code
 * PublishedData data = PublishedData.local(dataset.asDatasetGraph());
 * long n = data.read(() -> data.graph().size());
 * }</pre>
 */
public interface PublishedData {

    /** The content and the run records as one read-only graph; read it inside {@link #read}. */
    Graph graph();

    /** The default graph as stored (the content); the same as {@link #graph()} where the store keeps it so. */
    Graph content();

    /** The names of the named graphs published with the content (run records, document graphs), sorted. */
    List<String> namedGraphs();

    /** A named graph; read it inside {@link #read}. */
    Graph named(String name);

    /** An execution of the query over {@link #graph()} within the time limit; run it inside {@link #read}. */
    QueryExecution query(Query query, Duration timeout);

    /** Runs the action inside whatever read transaction the store needs. */
    <T> T read(Supplier<T> action);

    /** Where the data is, for messages: "memory", a folder, an endpoint URL. */
    String where();

    /**
     * The version of the data, which changes whenever the data is replaced (a conversion committed into a local
     * store, a {@code ccgraph load} into a remote one); null when the store keeps no record of that.
     */
    String version();

    /**
     * A local dataset: its default graph is the content, its named graphs (except ccgraph's own bookkeeping,
     * whose names start with {@code urn:ccgraph:}) the records published with it; for a store whose default
     * graph is already the union of its named graphs, that graph.
     */
    static PublishedData local(DatasetGraph dsg, String where) {
        return new Local(dsg, where);
    }

    /** Whether a graph name is ccgraph's own bookkeeping (commit and load records), never published. */
    static boolean bookkeeping(String graphName) {
        return graphName.startsWith("urn:ccgraph:");
    }

    /** A local dataset. */
    final class Local implements PublishedData {
        private final DatasetGraph dsg;
        private final String where;
        private final List<String> names;
        private final Graph graph;

        private Local(DatasetGraph dsg, String where) {
            this.dsg = dsg;
            this.where = where;
            this.names = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && !bookkeeping(n.getURI())) {
                    names.add(n.getURI());
                    nodes.add(n);
                }
            }));
            names.sort(null);
            boolean unionDefault = dsg instanceof UnionView;
            // A union copies the prefixes of its graphs when made, which a TDB2 store reads only in a transaction.
            this.graph = unionDefault || nodes.isEmpty() ? dsg.getDefaultGraph()
                    : Txn.calculateRead(dsg, () -> new Union(dsg.getDefaultGraph(), new GraphUnionRead(dsg, nodes)));
        }

        @Override
        public Graph graph() {
            return graph;
        }

        @Override
        public Graph content() {
            return dsg.getDefaultGraph();
        }

        @Override
        public List<String> namedGraphs() {
            return names;
        }

        @Override
        public Graph named(String name) {
            return dsg.getGraph(NodeFactory.createURI(name));
        }

        /**
         * For a TDB2 store served as the union of its named graphs, TDB2's own engine with its union default graph
         * (it reads the union from the quad indexes; ARQ's general engine over the union view would match every
         * triple pattern against all graphs and remove the duplicates itself); else ARQ over {@link #graph()}.
         */
        @Override
        public QueryExecution query(Query query, Duration timeout) {
            if (dsg instanceof UnionView union && org.apache.jena.tdb2.sys.TDBInternal.isTDB2(union.getWrapped())) {
                return QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(union.getWrapped())).query(query)
                        .set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true)
                        .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build();
            }
            return QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(
                            org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph)))
                    .query(query).timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build();
        }

        @Override
        public <T> T read(Supplier<T> action) {
            if (dsg.isInTransaction()) {
                return action.get();
            }
            return Txn.calculateRead(dsg, action);
        }

        @Override
        public String where() {
            return where;
        }

        /** The version its commit record gives ({@link LocalStore#version()}). */
        @Override
        public String version() {
            return LocalStore.version(dsg instanceof UnionView union ? union.getWrapped() : dsg);
        }
    }
}
