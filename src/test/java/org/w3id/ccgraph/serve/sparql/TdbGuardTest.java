package org.w3id.ccgraph.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.serve.http.ServerLimits;

/**
 * Over a TDB2 corpus (named graphs served through their union), queries run on TDB2's own engine, which reads
 * the union from the quad indexes, with the server's guard built in: rows kept and regular expressions stay
 * within the limits as on ARQ's general engine.
 */
class TdbGuardTest {

    @TempDir
    Path dir;

    private static final String BACKTRACKS = "a,".repeat(300);

    private static Model triples(String... objects) {
        Model m = ModelFactory.createDefaultModel();
        for (String o : objects) {
            m.add(m.createResource("urn:x:s"), m.createProperty("urn:x:p"), o);
        }
        return m;
    }

    /** A TDB2 store of two named graphs sharing a triple, seen through their union, with the guard installed. */
    private DatasetGraph union(long maxRows) {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel("urn:x:g1", triples("a", "shared", BACKTRACKS));
        ds.addNamedModel("urn:x:g2", triples("b", "shared"));
        LocalStore store = LocalStore.tdb2(dir);
        store.replace(ds, LocalStore.Layout.NAMED_GRAPHS);
        DatasetGraph view = store.dataset().asDatasetGraph();
        view.getContext().set(ARQ.queryTimeout, "1500");
        GuardedQueryEngine.install(view.getContext(), new ServerLimits(1 << 20, maxRows, 1_000_000,
                Duration.ofSeconds(10), 64));
        return view;
    }

    private static long count(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec q = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = q.select();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
        });
    }

    @Test
    void queriesOverTheUnionRunOnTdb2sEngineAndSeeEachTripleOnce() {
        DatasetGraph view = union(1000);
        assertNotNull(GuardedQueryEngine.tdb(view, view.getContext()), "the union view of a TDB2 store runs on TDB2's engine");
        assertNull(GuardedQueryEngine.tdb(org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem(), view.getContext()),
                "a dataset in memory does not");
        Query query = QueryFactory.create("SELECT ?o WHERE { <urn:x:s> <urn:x:p> ?o }");
        Plan plan = Txn.calculateRead(view, () -> QueryEngineRegistry.get(view.getContext())
                .find(query, view, view.getContext()).create(query, view, BindingFactory.root(), view.getContext()));
        assertTrue(plan.getOp().toString().contains("(quadpattern"),
                "TDB2's engine matches quad patterns in the store's indexes (ARQ's general engine keeps a bgp): "
                        + plan.getOp());
        assertEquals(4, count(view, "SELECT ?o WHERE { ?s ?p ?o }"), "a, b, shared once, the long text");
        assertEquals(0, count(view, "SELECT * WHERE { ?s <http://purl.org/dc/terms/modified> ?o }"),
                "the commit record in the stored default graph is out of sight");
        assertEquals(2, count(view, "SELECT ?g WHERE { GRAPH ?g { <urn:x:s> <urn:x:p> \"shared\" } }"));
    }

    @Test
    void theRowBudgetHoldsOnTdb2sEngine() {
        DatasetGraph view = union(2);
        QueryDeniedException denied = assertThrows(QueryDeniedException.class,
                () -> count(view, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"));
        assertTrue(denied.getMessage().contains("rows"), denied.getMessage());
        assertEquals(1, count(view, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "an aggregate keeps one row");
    }

    @Test
    void aBacktrackingRegexStopsAtTheDeadlineOnTdb2sEngine() {
        DatasetGraph view = union(1000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(QueryCancelledException.class,
                () -> count(view, "SELECT ?o WHERE { ?s ?p ?o FILTER(regex(?o, \"(.*,){12}QQQ\", \"s\")) }")));
        assertEquals(1, count(view, "SELECT ?o WHERE { ?s ?p ?o FILTER(regex(?o, \"^sha\")) }"));
    }
}
