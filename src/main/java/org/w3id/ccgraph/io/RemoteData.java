package org.w3id.ccgraph.io;

import java.net.http.HttpClient;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.graph.CCG;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The data of a remote SPARQL 1.1 query endpoint (Fuseki, Virtuoso, GraphDB, QLever, Neptune, ...), read only
 * with queries: nothing is copied. Its default graph is taken to be the published data; a store that keeps each
 * document in a named graph must offer their union as the default graph (Virtuoso and GraphDB do; Fuseki with
 * TDB2's {@code unionDefaultGraph}). Every request carries the HTTP Basic credentials when given, goes to the
 * endpoint named and nowhere else (a redirect is an error), and is bounded by the time limit.
 */
public final class RemoteData implements PublishedData {

    private final String endpoint;
    private final String authorization;
    private final HttpClient http;
    private final Duration timeout;
    private final Graph graph = new Remote(null);

    /** The endpoint at {@code endpoint}, with HTTP Basic credentials when {@code user} is not null. */
    public RemoteData(String endpoint, String user, String password, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Graph graph() {
        return graph;
    }

    @Override
    public Graph content() {
        return graph;
    }

    /** The named graphs that the default graph (the union) holds, except ccgraph's bookkeeping. */
    @Override
    public List<String> namedGraphs() {
        List<String> names = new ArrayList<>();
        try (QueryExecution qe = query(QueryFactory.create("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"),
                timeout)) {
            qe.execSelect().forEachRemaining(s -> {
                if (s.get("g").isURIResource() && !PublishedData.bookkeeping(s.getResource("g").getURI())) {
                    names.add(s.getResource("g").getURI());
                }
            });
        }
        return names;
    }

    @Override
    public Graph named(String name) {
        return new Remote(NodeFactory.createURI(name));
    }

    @Override
    public QueryExecution query(Query query, Duration limit) {
        QueryExecutionHTTPBuilder b = QueryExecutionHTTP.newBuilder().endpoint(endpoint).httpClient(http).query(query)
                .timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (authorization != null) {
            b.httpHeader("Authorization", authorization);
        }
        return b.build();
    }

    /** An execution of the query at the endpoint, as Fuseki's query service runs it. */
    public org.apache.jena.sparql.exec.QueryExec exec(Query query, Duration limit) {
        org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder b = org.apache.jena.sparql.exec.http.QueryExecHTTP
                .newBuilder().endpoint(endpoint).httpClient(http).query(query).timeout(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (authorization != null) {
            b.httpHeader("Authorization", authorization);
        }
        return b.build();
    }

    /**
     * Checks that the endpoint answers and its default graph holds Council texts; otherwise says why not: no
     * answer ({@link Title#STORE_UNREACHABLE}), an error status ({@link Title#STORE_REFUSED}), or no documents
     * ({@link Title#STORE_NOT_LOADED}), telling apart a store whose loaded named graphs are not in its default graph.
     */
    public void checkLoaded() {
        try {
            if (ask("ASK { ?d a <" + CCG.CouncilText.getURI() + "> }")) {
                return;
            }
            boolean loaded = ask("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + RemoteCorpus.RECORD_PREFIX
                    + "\")) }");
            throw new org.w3id.ccgraph.InputException(Title.STORE_NOT_LOADED, Location.of(endpoint), loaded
                    ? "expected the documents that ccgraph load put into named graphs to be in the default graph, found "
                    + "none there; nothing is served. Serve the union of the named graphs as the default graph (Fuseki "
                    + "with TDB2: --set tdb:unionDefaultGraph=true; Virtuoso and GraphDB do so by default)"
                    : "expected Council texts loaded with ccgraph load --endpoint, found none; nothing is served");
        } catch (org.apache.jena.sparql.engine.http.QueryExceptionHTTP e) {
            if (e.getStatusCode() > 0) {
                throw new CcgraphException(Title.STORE_REFUSED, Location.of(endpoint), "expected answers to SPARQL "
                        + "queries, found HTTP " + e.getStatusCode() + (e.getStatusCode() / 100 == 3
                        ? " (a redirect, which is not followed: give the final URL)" : ""), e);
            }
            throw unreachable(e);
        } catch (org.apache.jena.atlas.web.HttpException e) {
            throw unreachable(e);
        }
    }

    private CcgraphException unreachable(RuntimeException e) {
        return new CcgraphException(Title.STORE_UNREACHABLE, Location.of(endpoint), "expected a SPARQL query endpoint, "
                + "found no answer: " + (e.getCause() != null ? e.getCause() : e.getMessage()), e);
    }

    /** The answer of an ASK query; a failure to reach the endpoint is thrown. */
    public boolean ask(String query) {
        try (QueryExecution qe = query(QueryFactory.create(query), timeout)) {
            return qe.execAsk();
        }
    }

    @Override
    public <T> T read(Supplier<T> action) {
        return action.get();
    }

    @Override
    public String where() {
        return endpoint;
    }

    /**
     * Whether a {@code ccgraph load} is writing into the store now: its mark is there, or the record of a graph
     * being replaced (which has no digest yet).
     */
    public boolean loading() {
        return ask("ASK { { GRAPH <" + RemoteCorpus.LOADING + "> { ?s ?p ?o } } UNION { GRAPH ?g { ?r <"
                + DCTerms.modified.getURI() + "> ?m FILTER NOT EXISTS { ?r <" + DCTerms.identifier.getURI() + "> ?d } } "
                + "FILTER(STRSTARTS(STR(?g), \"" + RemoteCorpus.RECORD_PREFIX + "\")) } }");
    }

    /**
     * The number of load records ({@code ccgraph load} writes one per graph) and the latest time one was written,
     * with the endpoint; null when the store holds no load records (data put there by other tools).
     */
    @Override
    public String version() {
        try (QueryExecution qe = query(QueryFactory.create("SELECT (COUNT(?m) AS ?n) (MAX(STR(?m)) AS ?last) WHERE { "
                + "GRAPH ?g { ?r <" + DCTerms.modified.getURI() + "> ?m } FILTER(STRSTARTS(STR(?g), \""
                + RemoteCorpus.RECORD_PREFIX + "\")) }"), timeout)) {
            org.apache.jena.query.QuerySolution row = qe.execSelect().next();
            long n = row.contains("n") ? row.getLiteral("n").getLong() : 0;
            return n == 0 || !row.contains("last") ? null : endpoint + " " + n + " " + row.getLiteral("last").getLexicalForm();
        }
    }

    /** A graph of the endpoint read by triple pattern, one SELECT per pattern. */
    private final class Remote extends GraphBase {
        private final Node name;

        Remote(Node name) {
            this.name = name;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Node s = pattern.getMatchSubject() == null ? Var.alloc("s") : pattern.getMatchSubject();
            Node p = pattern.getMatchPredicate() == null ? Var.alloc("p") : pattern.getMatchPredicate();
            Node o = pattern.getMatchObject() == null ? Var.alloc("o") : pattern.getMatchObject();
            ElementPathBlock block = new ElementPathBlock();
            block.addTriple(Triple.create(s, p, o));
            ElementGroup where = new ElementGroup();
            where.addElement(name == null ? block : new ElementNamedGraph(name, block));
            Query q = new Query();
            q.setQuerySelectType();
            q.setQueryResultStar(true);
            q.setQueryPattern(where);
            List<Triple> found = new ArrayList<>();
            try (QueryExecution qe = query(q, timeout)) {
                qe.execSelect().forEachRemaining(row -> found.add(Triple.create(
                        value(row, s), value(row, p), value(row, o))));
            }
            return WrappedIterator.create(found.iterator());
        }

        private static Node value(QuerySolution row, Node n) {
            return n instanceof Var v ? row.get(v.getVarName()).asNode() : n;
        }

        @Override
        protected int graphBaseSize() {
            Query q = QueryFactory.create(name == null ? "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
                    : "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + org.apache.jena.riot.out.NodeFmtLib.strNT(name)
                    + " { ?s ?p ?o } }");
            try (QueryExecution qe = query(q, timeout)) {
                long n = qe.execSelect().next().getLiteral("n").getLong();
                return (int) Math.min(Integer.MAX_VALUE, n);
            }
        }
    }
}
