package org.w3id.ccgraph.serve.sparql;

import org.w3id.ccgraph.io.RemoteData;
import org.w3id.ccgraph.serve.http.ServerLimits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Fuseki's SPARQL query service within the server's limits. The time limit counts from the moment the
 * request arrived, so parsing a long query uses it up too; a query text longer than the limit is 413. The
 * answer is computed in full, up to the row limit, before a byte is sent: a query that runs out of time
 * is a clean 503 and one that asks for too much a 422, never a 200 with a cut-off body.
 */
public final class BoundedQueryService extends SPARQL_QueryDataset {

    private final ServerLimits limits;
    private final Duration timeout;
    private final RemoteData remote;

    /** The service over the dataset Fuseki gives it, or, when {@code remote} is not null, over that endpoint. */
    public BoundedQueryService(ServerLimits limits, Duration timeout, RemoteData remote) {
        this.limits = limits;
        this.timeout = timeout;
        this.remote = remote;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > limits.maxQueryBytes()) {
            ServletOps.error(413, "Query too large: " + queryString.length() + " characters; the limit is "
                    + limits.maxQueryBytes());
        }
        super.execute(queryString, action);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long deadline = action.getStartTime() + timeout.toNanos();
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw new QueryCancelledException();
        }
        if (remote != null) {
            if (callsAService(query)) {
                throw new QueryDeniedException("SERVICE is not allowed: this endpoint queries no other service");
            }
            return remote.exec(query, Duration.ofMillis(remaining));
        }
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .overallTimeout(remaining, TimeUnit.MILLISECONDS).set(GuardedQueryEngine.DEADLINE, deadline).build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), upToLimit(rows).iterator()));
        }
        if (query.isConstructType()) {
            DatasetGraph answer = DatasetGraphFactory.create();
            answer.prefixes().putAll(query.getPrefixMapping());
            for (Quad q : upToLimit(exec.constructQuads())) {
                answer.add(q);
            }
            return new QueryExecResult(answer);
        }
        if (query.isDescribeType()) {
            Graph answer = exec.describe();
            if (answer.size() > limits.maxRows()) {
                throw tooLarge();
            }
            return new QueryExecResult(answer);
        }
        if (query.isJsonType()) {
            List<JsonObject> items = upToLimit(exec.execJsonItems());
            return new QueryExecResult(items.iterator());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    /** Whether the query has a SERVICE clause anywhere, sub-queries included. */
    private static boolean callsAService(Query query) {
        boolean[] found = {false};
        org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern() == null
                ? new org.apache.jena.sparql.syntax.ElementGroup() : query.getQueryPattern(),
                new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementService el) {
                        found[0] = true;
                    }

                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                        found[0] |= callsAService(el.getQuery());
                    }
                });
        return found[0];
    }

    /** Everything an answer iterator gives; more than the row limit is a 422. */
    private <T> List<T> upToLimit(Iterator<T> it) {
        List<T> kept = new ArrayList<>();
        while (it.hasNext()) {
            if (kept.size() >= limits.maxRows()) {
                throw tooLarge();
            }
            kept.add(it.next());
        }
        return kept;
    }

    private QueryDeniedException tooLarge() {
        return new QueryDeniedException("Answer larger than " + limits.maxRows() + " rows or triples; narrow the query "
                + "down or page it with LIMIT and OFFSET (the whole data is in the dumps under /download/)");
    }
}
