package org.w3id.ccgraph.io;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * A read-only view of a dataset whose default graph is the union of its named graphs: for TDB2, its own
 * union graph (what {@code tdb2:unionDefaultGraph} queries), read from the quad indexes without storing the
 * triples again. The stored default graph is out of sight (it holds only bookkeeping). Whoever reads the
 * view sees the union as the default graph: any query engine (the server's guarded engine is ARQ's general
 * one, which would not honour TDB2's context setting), the pages, Graph Store reads. The view has a
 * context of its own, so that settings made for serving it stay off the store's.
 */
final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionView(DatasetGraph dsg) {
        super(dsg, dsg.getContext().copy());
        // What the view is, for query engines that read the union themselves (TDB2's).
        getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
    }

    private static Node graph(Node g) {
        return g != null && Quad.isDefaultGraph(g) ? Quad.unionGraph : g;
    }

    @Override
    protected DatasetGraph getW() {
        throw new UnsupportedOperationException("the union of the named graphs is a read-only view");
    }

    @Override
    public Graph getDefaultGraph() {
        return get().getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getDefaultGraph() : super.getGraph(graphNode);
    }

    @Override
    public Iterator<Quad> find() {
        return findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return g == null || g.equals(Node.ANY) ? findNG(Node.ANY, s, p, o) : super.find(graph(g), s, p, o);
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return find(g, s, p, o).hasNext();
    }

    @Override
    public boolean isEmpty() {
        return !find().hasNext();
    }
}
