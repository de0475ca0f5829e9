package org.w3id.ccgraph.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.serve.http.ServerLimits;

/**
 * {@code regex} and {@code replace} on the guarded engine answer as Jena's own functions do, whether the pattern
 * is a constant (compiled once per query) or comes from the data (compiled per solution), including patterns and
 * flags that are errors.
 */
class GuardedRegexTest {

    private static final String DATA = """
            @prefix : <http://example.org/> .
            :a :text "Encryption of data" ; :pattern "^enc" ; :flags "i" .
            :b :text "krypteret tekst" ; :pattern "tekst$" ; :flags "" .
            :c :text "no match here" ; :pattern "(" ; :flags "z" .
            """;

    private static DatasetGraph data(boolean guarded) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(ds);
        if (guarded) {
            ds.getContext().set(ARQ.queryTimeout, "10000");
            GuardedQueryEngine.install(ds.getContext(), ServerLimits.DEFAULTS);
        }
        return ds;
    }

    /**
     * Each solution of the query, in order: its values joined by commas (the local name of an IRI, the lexical form
     * of a literal, "-" when unbound); the same from the guarded and the plain engine.
     */
    private static List<String> rows(String where, String select) {
        List<String> guarded = guardedRows(where, select);
        assertEquals(run(data(false), query(where, select)), guarded, "the guarded engine answers as Jena's");
        return guarded;
    }

    /** The solutions from the guarded engine alone. */
    private static List<String> guardedRows(String where, String select) {
        return run(data(true), query(where, select));
    }

    private static String query(String where, String select) {
        return "PREFIX : <http://example.org/> SELECT " + select + " WHERE { " + where + " } ORDER BY ?s";
    }

    private static List<String> run(DatasetGraph ds, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExec exec = QueryExec.newBuilder().dataset(ds).query(query).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                Binding b = rows.next();
                List<String> values = new ArrayList<>();
                for (Var v : rows.getResultVars()) {
                    Node n = b.get(v);
                    values.add(n == null ? "-" : n.isURI() ? n.getLocalName() : n.getLiteralLexicalForm());
                }
                out.add(String.join(",", values));
            }
        }
        return out;
    }

    @Test
    void matchesWithAConstantPatternAndFlags() {
        assertEquals(List.of("a"), rows("?s :text ?t FILTER regex(?t, \"^ENC\", \"i\")", "?s"));
        assertEquals(0, rows("?s :text ?t FILTER regex(?t, \"^ENC\")", "?s").size());
        assertEquals(List.of("a", "b"), rows("?s :text ?t FILTER regex(?t, \"krypter|encrypt\", \"i\")", "?s"));
    }

    @Test
    void matchesWithAPatternAndFlagsFromEachSolution() {
        assertEquals(List.of("a", "b"), rows("?s :text ?t ; :pattern ?p ; :flags ?f FILTER regex(?t, ?p, ?f)", "?s"));
        assertEquals(List.of("b"), rows("?s :text ?t ; :pattern ?p FILTER regex(?t, ?p)", "?s"));
    }

    @Test
    void replacesWithAConstantPatternAndGroups() {
        assertEquals(List.of("data of Encryption", "tekst krypteret", "here match no"),
                rows("?s :text ?t BIND (replace(?t, \"^(\\\\w+) (\\\\w+ )?(\\\\w+)$\", \"$3 $2$1\") AS ?r)", "?r"));
    }

    /**
     * A pattern or flag from the data that is an error is an evaluation error, as SPARQL says: the solution is
     * dropped (or the variable left unbound) and the query answers. (A constant one fails the query when it is
     * parsed, before any engine.)
     */
    @Test
    void aBadPatternOrFlagFromTheDataDropsTheSolutionWithoutFailingTheQuery() {
        assertEquals(List.of("a", "b"), rows("?s :text ?t ; :pattern ?p ; :flags ?f FILTER regex(?t, ?p, ?f)", "?s"));
        assertEquals(List.of("a", "b"), rows("?s :text ?t ; :pattern ?p FILTER (regex(?t, ?p) || ?s = :a)", "?s"));
        assertEquals(List.of("a,Xryption of data", "b,krypteret X", "c,-"),
                rows("?s :text ?t ; :pattern ?p ; :flags ?f BIND (replace(?t, ?p, \"X\", ?f) AS ?r)", "?s ?r"));
    }
}
