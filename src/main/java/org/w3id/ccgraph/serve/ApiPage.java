package org.w3id.ccgraph.serve;

import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;

/** {@code /api/}: the named queries with what each answers, its columns and links to its results. */
final class ApiPage {

    private final Publication p;

    ApiPage(Publication p) {
        this.p = p;
    }

    /** The page. */
    String render() {
        PublicBase base = p.base();
        Html h = new Html();
        h.raw("<h1>Named queries</h1>\n<p>Each shipped query is an operation: <code>GET /api/NAME</code> answers CSV, "
                + "or SPARQL JSON results with <code>Accept: application/sparql-results+json</code>; "
                + "<code>.csv</code> and <code>.json</code> choose by extension. Results come a page at a time: "
                + "<code>?page=N</code> (from 1) and <code>?size=M</code> (default " + NamedQueryApi.DEFAULT_SIZE
                + ", at most " + NamedQueryApi.MAX_SIZE + " rows), in the query's order completed by every column; "
                + "<code>Link</code> headers name the first, previous and next pages. ")
                .link(base.url(LinkedDataFilter.API + NamedQueryApi.OPENAPI), "OpenAPI description").raw(".</p>\n<dl class=\"queries\">\n");
        for (String name : QueryCatalog.names()) {
            String text = QueryCatalog.text(name).orElseThrow();
            String api = base.url(LinkedDataFilter.API + name);
            h.raw("<dt id=\"").text(name).raw("\"><code>").text(name).raw("</code> ")
                    .link(api + ".csv", "CSV").raw(" ").link(api + ".json", "JSON").raw(" ")
                    .link(base.url(LinkedDataFilter.QUERY) + "?query=" + java.net.URLEncoder.encode(text,
                            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), "open in the query page")
                    .raw("</dt>\n<dd><p>").text(QueryCatalog.description(text)).raw("</p><p>Columns: <code>")
                    .text(String.join(", ", QueryRunner.parse(text).getResultVars())).raw("</code></p></dd>\n");
        }
        h.raw("</dl>\n");
        return Pages.page(base, "Named queries", "", h.toString());
    }
}
