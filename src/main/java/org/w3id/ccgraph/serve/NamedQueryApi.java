package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;

/**
 * Named queries as a small REST API, one operation per file of queries/ (as grlc does): {@code /api/NAME}
 * runs NAME.rq over the content and answers CSV or SPARQL JSON results by Accept or by extension
 * ({@code .csv}, {@code .json}); {@code /api/} lists them and {@code /api/openapi.json} describes them.
 */
final class NamedQueryApi {

    /** The OpenAPI description's file name under {@code /api/}. */
    static final String OPENAPI = "openapi.json";

    private final Publication p;
    private final Exchange x;

    NamedQueryApi(Publication p, Exchange x) {
        this.p = p;
        this.x = x;
    }

    /** Answers {@code /api/<rest>}. */
    void answer(String rest) throws IOException {
        if (rest.isEmpty()) {
            x.send(p.cached("page:api", () -> Rendered.of(new ApiPage(p).render(), Representation.HTML.contentType())), false);
            return;
        }
        if (rest.equals(OPENAPI)) {
            x.send(p.cached("openapi", () -> Rendered.of(OpenApi.of(p), "application/json")), false);
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
        Rendered body;
        try {
            body = p.cached("api:" + t.path() + "|" + rep.get(), () -> run(text.get(), rep.get()));
        } catch (QueryCancelledException e) {
            x.fail(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out after " + p.timeout().toMillis() + " ms",
                    Representation.TEXT);
            return;
        }
        x.send(body, t.forced() == null);
    }

    private Rendered run(String text, Representation rep) {
        Query q = QueryRunner.parse(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.model(p.content()).query(q)
                .timeout(p.timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            if (rep == Representation.CSV) {
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
            } else {
                ResultSetFormatter.outputAsJSON(out, qe.execSelect());
            }
        }
        return Rendered.of(out.toByteArray(), rep.contentType());
    }
}
