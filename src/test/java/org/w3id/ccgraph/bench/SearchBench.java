package org.w3id.ccgraph.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.serve.SearchIndex;
import org.w3id.ccgraph.serve.TextSearch;

/**
 * The text index of a TDB2 store: how long building it takes (a second index beside the store's own, in
 * {@code text-index-bench}, so that the store's is left alone), how long reopening it takes, and the latency
 * of a page of {@code /search} (hits folded by resource and counted, 20 with snippets) against
 * {@code text:query} with a limit of 20 over the same index, in-process and warm.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/ccgraph.jar org.w3id.ccgraph.bench.SearchBench DB}, DB a
 * store that {@code serve --tdb2 DB INPUT...} converted into (and that no server holds).
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        LocalStore store = LocalStore.tdb2(Path.of(args[0]));
        System.out.println("triples served: " + store.size());
        Path folder = Path.of(args[0]).resolve("text-index-bench");
        PrintWriter out = new PrintWriter(System.out, true);
        long t0 = System.nanoTime();
        SearchIndex.forStore(store, folder, out).close();
        System.out.printf("build: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.forStore(store, folder, out)) {
            System.out.printf("reopen: %.3f s%n", (System.nanoTime() - t0) / 1e9);
            TextSearch search = index.search();
            Dataset ds = store.dataset();
            index.install(ds.asDatasetGraph().getContext());
            String[][] queries = {{"medlemsstat", "da"}, {"børn", null}, {"\"seksuelt misbrug af børn\"", null},
                {"europol", null}};
            for (String[] q : queries) {
                for (int i = 0; i < 20; i++) {
                    search.search(q[0], q[1], 0, 20);
                    textQuery(ds, q[0], q[1]);
                }
                int n = 31;
                long[] page = new long[n];
                long[] sparql = new long[n];
                TextSearch.Hits hits = null;
                int rows = 0;
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    hits = search.search(q[0], q[1], 0, 20);
                    page[i] = System.nanoTime() - t;
                    t = System.nanoTime();
                    rows = textQuery(ds, q[0], q[1]);
                    sparql[i] = System.nanoTime() - t;
                }
                Arrays.sort(page);
                Arrays.sort(sparql);
                System.out.printf("%s (lang %s): search p50 %.1f ms, %d resources%s; text:query p50 %.1f ms, %d rows%n",
                        q[0], q[1], page[n / 2] / 1e6, hits.total(), hits.more() ? "+" : "", sparql[n / 2] / 1e6, rows);
            }
        }
    }

    private static int textQuery(Dataset ds, String q, String lang) {
        String literal = "\"" + q.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" + (lang != null ? "@" + lang : "");
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s ?score ?lit WHERE { (?s ?score ?lit) "
                + "text:query (" + literal + " 20) }";
        int[] n = {0};
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                qe.execSelect().forEachRemaining(r -> n[0]++);
            }
        });
        return n[0];
    }
}
