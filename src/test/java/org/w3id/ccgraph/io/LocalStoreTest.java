package org.w3id.ccgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two layouts of a TDB2 store: one document in the default graph, or named graphs seen through their union. */
class LocalStoreTest {

    private static Model triples(String... objects) {
        Model m = ModelFactory.createDefaultModel();
        for (String o : objects) {
            m.add(m.createResource("urn:x:s"), m.createProperty("urn:x:p"), o);
        }
        return m;
    }

    /** Two named graphs that share one triple. */
    private static Dataset twoGraphs() {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel("urn:x:g1", triples("a", "shared"));
        ds.addNamedModel("urn:x:g2", triples("b", "shared"));
        return ds;
    }

    private static long count(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution q = QueryExecution.dataset(ds).query(query).build()) {
                return q.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void namedGraphsAreStoredOnceAndTheirUnionIsTheDefaultGraphSeen(@TempDir Path dir) {
        LocalStore store = LocalStore.tdb2(dir);
        store.replace(twoGraphs(), LocalStore.Layout.NAMED_GRAPHS);
        assertEquals(LocalStore.Layout.NAMED_GRAPHS, store.layout());
        assertEquals(LocalStore.State.COMMITTED, store.state());
        assertEquals(4 + 1, store.quads(), "four quads and the commit record, nothing twice");
        assertEquals(3, store.size(), "the union has three distinct triples");
        Dataset served = store.dataset();
        assertEquals(3, count(served, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"));
        assertEquals(2, count(served, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                "the named graphs, without the commit record");
        List<Quad> all = new ArrayList<>();
        Txn.executeRead(served, () -> served.asDatasetGraph().find().forEachRemaining(all::add));
        assertEquals(4, all.size(), "the dataset's quads are those of the named graphs: " + all);
        assertThrows(org.apache.jena.shared.AddDeniedException.class, () -> Txn.executeWrite(served,
                () -> served.getDefaultModel().add(triples("c"))), "the union graph is read-only");
        assertThrows(UnsupportedOperationException.class, () -> Txn.executeWrite(served,
                () -> served.asDatasetGraph().add(Quad.create(Quad.defaultGraphIRI, all.get(0).asTriple()))),
                "so is the view");
        assertEquals(4 + 1, store.quads());
    }

    @Test
    void oneDocumentStaysInTheDefaultGraphAndALayoutReplacesTheOther(@TempDir Path dir) {
        LocalStore store = LocalStore.tdb2(dir);
        store.replace(twoGraphs(), LocalStore.Layout.NAMED_GRAPHS);
        store.replace(DatasetFactory.create(triples("one", "document")));
        assertEquals(LocalStore.Layout.DEFAULT_GRAPH, store.layout());
        assertEquals(2, store.size());
        Dataset raw = store.dataset();
        assertFalse(raw.asDatasetGraph() instanceof UnionView);
        assertEquals(2, Txn.calculateRead(raw, () -> Iter.count(raw.asDatasetGraph().find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY))));
        store.replace(twoGraphs(), LocalStore.Layout.NAMED_GRAPHS);
        assertEquals(3, store.size());
    }

    @Test
    void aSourceWithTriplesInItsDefaultGraphIsRefusedForNamedGraphs(@TempDir Path dir) {
        LocalStore store = LocalStore.tdb2(dir);
        Dataset mixed = twoGraphs();
        mixed.getDefaultModel().add(triples("hidden"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> store.replace(mixed, LocalStore.Layout.NAMED_GRAPHS));
        assertTrue(e.getMessage().contains("1 triples in the default graph"), e.getMessage());
        assertEquals(LocalStore.State.EMPTY, store.state(), "nothing was written");
    }
}
