package org.w3id.ccgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        assertEquals(4 + 2, store.quads(), "four quads and the commit record (digest and time), nothing twice");
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
        assertEquals(4 + 2, store.quads());
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

    @Test
    void aReplacementWrittenGraphByGraphIsCommittedWholeOrNotAtAll(@TempDir Path dir) {
        LocalStore store = LocalStore.tdb2(dir);
        store.replace(twoGraphs(), LocalStore.Layout.NAMED_GRAPHS);
        String before = store.version();

        assertFalse(store.replace(LocalStore.Layout.NAMED_GRAPHS, ds -> {
            ds.addNamedModel("urn:x:g3", triples("c"));
            return false;
        }), "a fill that declines is not committed");
        assertEquals(3, store.size(), "and the store holds what it held");
        assertEquals(before, store.version());

        assertThrows(IllegalStateException.class, () -> store.replace(LocalStore.Layout.NAMED_GRAPHS, ds -> {
            ds.addNamedModel("urn:x:g3", triples("c"));
            throw new IllegalStateException("the third document failed");
        }));
        assertEquals(3, store.size(), "a fill that fails part-way is aborted");
        assertEquals(LocalStore.State.COMMITTED, store.state());

        assertTrue(store.replace(LocalStore.Layout.NAMED_GRAPHS, ds -> {
            for (String g : List.of("c", "d", "e")) {
                ds.addNamedModel("urn:x:" + g, triples(g));
            }
            return true;
        }));
        assertEquals(3, store.size(), "the new graphs replace the old ones");
        assertEquals(2, count(store.dataset(), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(?o IN (\"c\", \"e\")) }"));
        assertEquals(3 + 2, store.quads(), "three quads and the commit record (digest and time)");
        assertNotEquals(before, store.version(), "a new commit record");

        assertThrows(IllegalArgumentException.class, () -> store.replace(LocalStore.Layout.NAMED_GRAPHS, ds -> {
            ds.getDefaultModel().add(triples("hidden"));
            return true;
        }));
        assertEquals(3, store.size(), "content in the default graph is refused and nothing changes");
    }

    @Test
    void theVersionIsADigestOfTheContentWhateverItsOrderOrBlankNodeLabels(@TempDir Path dir) {
        LocalStore store = LocalStore.tdb2(dir);
        store.replace(twoGraphs(), LocalStore.Layout.NAMED_GRAPHS);
        String first = store.version();
        assertTrue(first.startsWith("quads-4-"), first);
        Dataset reordered = DatasetFactory.create();
        reordered.addNamedModel("urn:x:g2", triples("shared", "b"));
        reordered.addNamedModel("urn:x:g1", triples("shared", "a"));
        store.replace(reordered, LocalStore.Layout.NAMED_GRAPHS);
        assertEquals(first, store.version(), "the same quads committed again are the same version");
        assertEquals(first, PublishedData.local(store.dataset().asDatasetGraph(), "the store").version(),
                "the served view reads the same record");
        Dataset other = twoGraphs();
        other.getNamedModel("urn:x:g2").add(triples("c"));
        store.replace(other, LocalStore.Layout.NAMED_GRAPHS);
        assertNotEquals(first, store.version(), "other quads, another version");
        Dataset moved = DatasetFactory.create();
        moved.addNamedModel("urn:x:g1", triples("a", "shared", "b"));
        moved.addNamedModel("urn:x:g2", triples("shared"));
        store.replace(moved, LocalStore.Layout.NAMED_GRAPHS);
        assertNotEquals(first, store.version(), "a triple moved to another graph, another version");

        Dataset blank1 = DatasetFactory.create();
        blank1.getDefaultModel().add(blank1.getDefaultModel().createResource(), blank1.getDefaultModel()
                .createProperty("urn:x:p"), "o");
        Dataset blank2 = DatasetFactory.create();
        blank2.getDefaultModel().add(blank2.getDefaultModel().createResource(), blank2.getDefaultModel()
                .createProperty("urn:x:p"), "o");
        LocalStore memory = LocalStore.memory();
        memory.replace(blank1);
        String b1 = memory.version();
        memory.replace(blank2);
        assertEquals(b1, memory.version(), "blank nodes count by position, not by label");
    }
}
