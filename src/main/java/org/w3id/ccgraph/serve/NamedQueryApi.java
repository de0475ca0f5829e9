package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.SortCondition;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;

/**
 * Named queries as a small REST API, one operation per file of queries/ (as grlc does): {@code /api/NAME}
 * runs NAME.rq over the published data and answers CSV or SPARQL JSON results by Accept or by extension
 * ({@code .csv}, {@code .json}), a page at a time ({@code ?page=}, {@code ?size=}, {@code Link} headers to the
 * first, previous and next pages); {@code /api/} lists them and {@code /api/openapi.json} describes them.
 * Pages are cut from the query's own order followed by every column, so that they are stable and disjoint.
 */
final class NamedQueryApi {

    /** The OpenAPI description's file name under {@code /api/}. */
    static final String OPENAPI = "openapi.json";
    /** Rows per page when the request does not say. */
    static final int DEFAULT_SIZE = 1000;
    /** The most rows a page may hold. */
    static final int MAX_SIZE = 10_000;

    /** Whether a page is followed by another, is the last, or is past the end. */
    private enum Rest { MORE, LAST, EMPTY }

    private final Publication p;
    private final Exchange x;

    NamedQueryApi(Publication p, Exchange x) {
        this.p = p;
        this.x = x;
    }

    /** Answers {@code /api/<rest>}. */
    void answer(String rest) throws IOException {
        if (rest.isEmpty()) {
            x.send(p, "page:api", () -> Rendered.of(new ApiPage(p).render(), Representation.HTML.contentType()), false);
            return;
        }
        if (rest.equals(OPENAPI)) {
            x.send(p, "openapi", () -> Rendered.of(OpenApi.of(p), "application/json"), false);
            return;
        }
        Routes.Target t = Routes.Target.of(rest);
        Optional<String> text = QueryCatalog.text(t.path());
        if (text.isEmpty() || (t.forced() != null && !Representation.RESULTS.contains(t.forced()))) {
            x.notFound(x.path());
            return;
        }
        Optional<Representation> rep = t.forced() != null ? Optional.of(t.forced()) : x.negotiate(Representation.RESULTS);
        if (rep.isEmpty()) {
            x.notAcceptable(Representation.RESULTS);
            return;
        }
        Paging paging;
        try {
            paging = Paging.of(x, DEFAULT_SIZE, MAX_SIZE);
        } catch (Paging.Invalid e) {
            x.fail(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), Representation.TEXT);
            return;
        }
        String key = "api:" + t.path() + "|" + rep.get() + "|" + paging.page() + "|" + paging.size();
        if (x.notModified(p.etag(key), t.forced() == null)) {
            return;
        }
        Page[] made = new Page[1];
        Rendered body;
        Rest after;
        try {
            body = p.cached(key, () -> (made[0] = run(text.get(), rep.get(), paging)).body());
            after = Rest.valueOf(new String(p.cached(key + "|rest", () -> (made[0] != null ? made[0]
                    : run(text.get(), rep.get(), paging)).rest()).bytes(), StandardCharsets.UTF_8));
        } catch (QueryCancelledException e) {
            x.fail(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out after " + p.timeout().toMillis() + " ms",
                    Representation.TEXT);
            return;
        }
        if (after == Rest.EMPTY && paging.page() > 1) {
            x.notFound("page " + paging.page() + " of " + t.path() + ": the results end before it");
            return;
        }
        Paging.header(x, paging.links(p.base(), LinkedDataFilter.API + rest, Map.of(), after == Rest.MORE));
        x.send(body, t.forced() == null);
    }

    /** One page of results, and whether more follow (the name of a {@link Rest}), both as kept in the page cache. */
    private record Page(Rendered body, Rendered rest) {
    }

    /** Runs one page of the query. */
    private Page run(String text, Representation rep, Paging paging) {
        Query q = paged(QueryRunner.parse(text), paging);
        List<QuerySolution> rows = q.hasLimit() && q.getLimit() == 0 ? List.of() : p.select(q.serialize());
        Rest after = rows.size() > paging.size() ? Rest.MORE : rows.isEmpty() ? Rest.EMPTY : Rest.LAST;
        List<Var> vars = q.getProjectVars();
        List<Binding> bindings = new ArrayList<>();
        for (QuerySolution row : rows.subList(0, Math.min(rows.size(), paging.size()))) {
            BindingBuilder b = BindingBuilder.create();
            for (Var v : vars) {
                RDFNode n = row.get(v.getVarName());
                if (n != null) {
                    b.add(v, n.asNode());
                }
            }
            bindings.add(b.build());
        }
        ResultSet results = ResultSet.adapt(RowSetStream.create(vars, bindings.iterator()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (rep == Representation.CSV) {
            ResultSetFormatter.outputAsCSV(out, results);
        } else {
            ResultSetFormatter.outputAsJSON(out, results);
        }
        return new Page(Rendered.of(out.toByteArray(), rep.contentType()),
                Rendered.of(after.name(), Representation.TEXT.contentType()));
    }

    /**
     * The query cut to one page, one row more than the page holds (to tell whether another follows): its order
     * completed by every result column, and the page's window within the query's own LIMIT and OFFSET if it has them.
     */
    static Query paged(Query original, Paging paging) {
        Query q = original.cloneQuery();
        List<String> ordered = new ArrayList<>();
        if (q.hasOrderBy()) {
            for (SortCondition c : q.getOrderBy()) {
                if (c.getExpression().isVariable()) {
                    ordered.add(c.getExpression().getVarName());
                }
            }
        }
        for (String v : q.getResultVars()) {
            if (!ordered.contains(v)) {
                q.addOrderBy(Var.alloc(v), Query.ORDER_DEFAULT);
            }
        }
        long start = (q.hasOffset() ? q.getOffset() : 0) + paging.offset();
        long limit = paging.size() + 1L;
        if (q.hasLimit()) {
            limit = Math.max(0, Math.min(limit, q.getLimit() - paging.offset()));
        }
        q.setOffset(start);
        q.setLimit(limit);
        return q;
    }
}
