package org.w3id.ccgraph.serve;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.ccgraph.graph.Prefixes;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * The query page: YASGUI, served from the jar, on the endpoint, with the project's prefixes in the editor
 * and the shipped queries as examples. A {@code ?query=} parameter opens that query (the "open in SPARQL"
 * links). Autocompletion that would call other sites is off.
 */
final class QueryPage {

    private final Publication p;

    QueryPage(Publication p) {
        this.p = p;
    }

    /** The page. */
    String render() {
        PublicBase base = p.base();
        JsonArray examples = new JsonArray();
        for (String name : QueryCatalog.names()) {
            String text = QueryCatalog.text(name).orElseThrow();
            JsonObject e = new JsonObject();
            e.put("name", name);
            e.put("description", QueryCatalog.description(text).lines().findFirst().orElse(name));
            e.put("query", text);
            examples.add(e);
        }
        JsonObject config = new JsonObject();
        config.put("endpoint", base.url(LinkedDataFilter.SPARQL));
        config.put("prefixes", Prefixes.sparql(p.scheme()));
        config.put("examples", examples);
        Html head = new Html();
        head.raw("<link rel=\"stylesheet\"").attr("href", base.url(LinkedDataFilter.WEB + "yasgui.min.css")).raw(">\n")
                .script("application/json", JSON.toString(config).replace("\n", " "))
                .raw("<script").attr("src", base.url(LinkedDataFilter.WEB + "yasgui.min.js")).raw(" defer></script>\n")
                .raw("<script").attr("src", base.url(LinkedDataFilter.WEB + "query.js")).raw(" defer></script>\n");
        Html body = new Html();
        body.raw("<h1>Query</h1>\n<p>SPARQL 1.1 over the dataset; the endpoint is ")
                .link(base.url(LinkedDataFilter.SPARQL), base.url(LinkedDataFilter.SPARQL))
                .raw(" (read-only, with a time limit). Examples: <select id=\"examples\"><option value=\"\">choose a shipped query</option>");
        for (String name : QueryCatalog.names()) {
            body.raw("<option").attr("value", name).raw(">").text(name).raw("</option>");
        }
        body.raw("</select></p>\n<div id=\"yasgui\"></div>\n")
                .raw("<noscript><p>The query editor needs JavaScript; the endpoint takes queries from any client.</p></noscript>\n");
        return Pages.page(base, "Query", head.toString(), body.toString());
    }
}
