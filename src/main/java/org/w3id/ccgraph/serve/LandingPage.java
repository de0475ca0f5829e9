package org.w3id.ccgraph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * The landing page at {@code /}: what the dataset is, its counts, the diagram of who asks whom, and the first
 * page of the documents, obligations, actors and instruments with a link to the whole paged list of each; links
 * to the query page, the dumps, the named queries and the dataset descriptions.
 */
final class LandingPage {

    /** How many documents, obligations, actors and instruments the landing page shows. */
    static final int SHOWN = 20;
    /** The classes counted, with what the page calls them. */
    private static final Map<String, String> COUNTED = counted();

    private final Publication p;

    LandingPage(Publication p) {
        this.p = p;
    }

    private static Map<String, String> counted() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ccg:CouncilText", "documents");
        m.put("eli:WorkSubdivision", "paragraphs and sub-points");
        m.put("ccg:Footnote", "footnotes");
        m.put("ccg:SpeechAct", "speech acts");
        m.put("ccg:Obligation", "obligations");
        return m;
    }

    /** The page. */
    String render() {
        PublicBase base = p.base();
        DocumentList documents = new DocumentList(p);
        ResourceList actors = new ResourceList(p, ResourceList.Kind.ACTORS);
        ResourceList instruments = new ResourceList(p, ResourceList.Kind.INSTRUMENTS);
        Map<String, Long> counts = counts();
        counts.put("actors", actors.count());
        counts.put("instruments", instruments.count());
        Html h = new Html();
        h.raw("<h1>").text(p.site().title()).raw("</h1>\n<p class=\"lead\">").text(p.site().description()).raw("</p>\n");
        h.raw("<ul class=\"counts\">");
        counts.forEach((what, n) -> h.raw("<li><strong>").text(Long.toString(n)).raw("</strong> ").text(what).raw("</li>"));
        h.raw("</ul>\n<p class=\"start\">").link(base.url(SearchPage.PATH), "Search the texts").raw(" · ")
                .link(base.url(LinkedDataFilter.QUERY), "Query with SPARQL").raw(" · ")
                .link(base.url(LinkedDataFilter.DOWNLOAD), "Download the dumps").raw(" · ")
                .link(base.url(LinkedDataFilter.API), "Named queries as an API").raw(" · ")
                .link(base.url(LinkedDataFilter.CATALOG), "DCAT-AP catalogue").raw(" · ")
                .link(base.url(LinkedDataFilter.VOID), "VoID").raw(" · ")
                .link(base.url(PublicBase.ONTOLOGY_PATH), "Ontology").raw("</p>\n");
        h.raw("<h2>Documents</h2>\n");
        documents.render(h, documents.page(Facets.NONE, 0, SHOWN));
        more(h, ListPages.DOCUMENTS, counts.get("documents"), "documents, newest first, by year, actor and force");
        h.raw("<h2>Who asks whom</h2>\n<p>Every obligation from the speaker to each addressee; the wider the line, the "
                + "more obligations; the colour is the force of the request.</p>\n<figure class=\"diagram\">")
                .raw(new ObligationDiagram(p).render()).raw("</figure>\n");
        ObligationTable table = new ObligationTable(p);
        h.raw("<h2>Obligations</h2>\n<p>Who asks whom to do what, how strongly (the speech act and its force, strongest "
                + "first: ").text(table.scale()).raw("), by when, where, in the words of the text.</p>\n");
        table.render(h, 0, SHOWN);
        more(h, ListPages.OBLIGATIONS, table.count(), "obligations");
        h.raw("<h2>Actors</h2>\n");
        actors.render(h, actors.page(0, SHOWN));
        more(h, ListPages.ACTORS, counts.get("actors"), "actors");
        h.raw("<h2>Instruments</h2>\n");
        instruments.render(h, instruments.page(0, SHOWN));
        more(h, ListPages.INSTRUMENTS, counts.get("instruments"), "instruments");
        h.raw("<h2>Named queries</h2>\n<ul class=\"queries\">");
        for (String name : QueryCatalog.names()) {
            String first = QueryCatalog.description(QueryCatalog.text(name).orElseThrow()).lines().findFirst().orElse("");
            h.raw("<li>").link(base.url(LinkedDataFilter.API) + "#" + name, name).raw(" ").text(first).raw("</li>");
        }
        h.raw("</ul>\n");
        return Pages.page(base, p.site().title(), "", h.toString());
    }

    /** The number of instances of the counted classes, counted by the store. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        // No count of triples: over a store of many documents that reads the whole store before the first page
        // after a start (VoID and the downloads page state it).
        COUNTED.values().forEach(what -> counts.put(what, 0L));
        StringBuilder q = new StringBuilder("SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {\nVALUES ?t {");
        COUNTED.keySet().forEach(t -> q.append(' ').append(t));
        q.append(" }\n?x a ?t } GROUP BY ?t");
        for (QuerySolution row : p.select(q.toString())) {
            String qname = p.prefixes().shortForm(row.getResource("t").getURI());
            counts.put(COUNTED.get(qname), row.getLiteral("n").getLong());
        }
        return counts;
    }

    /** A link to the whole list when it has more than the landing page shows. */
    private void more(Html h, String list, long total, String what) {
        h.raw("<p class=\"more\">").link(p.base().url(list), total > SHOWN ? "All " + total + " " + what : "The list of " + what)
                .raw("</p>\n");
    }
}
