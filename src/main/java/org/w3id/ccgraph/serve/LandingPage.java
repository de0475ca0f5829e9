package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.ELI;
import org.w3id.ccgraph.graph.ORG;
import org.w3id.ccgraph.query.QueryCatalog;

/**
 * The landing page at {@code /}: what the dataset is, its counts, the diagram of who asks whom, the table of
 * obligations, and links to every document, actor and instrument, to the query page, the dumps, the named
 * queries and the dataset descriptions.
 */
final class LandingPage {

    private final Publication p;

    LandingPage(Publication p) {
        this.p = p;
    }

    /** The page. */
    String render() {
        PublicBase base = p.base();
        List<Resource> works = p.instances(CCG.Conclusions);
        List<Resource> actors = actors();
        List<Resource> instruments = p.instances(CCG.Instrument);
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("triples", (int) p.content().size());
        counts.put("documents", works.size());
        counts.put("paragraphs and sub-points", p.instances(ELI.WorkSubdivision).size());
        counts.put("footnotes", p.instances(CCG.Footnote).size());
        counts.put("speech acts", p.instances(CCG.SpeechAct).size());
        counts.put("obligations", p.instances(CCG.Obligation).size());
        counts.put("actors", actors.size());
        counts.put("instruments", instruments.size());
        Html h = new Html();
        h.raw("<h1>").text(p.site().title()).raw("</h1>\n<p class=\"lead\">").text(p.site().description()).raw("</p>\n");
        h.raw("<ul class=\"counts\">");
        counts.forEach((what, n) -> h.raw("<li><strong>").text(Integer.toString(n)).raw("</strong> ").text(what).raw("</li>"));
        h.raw("</ul>\n<p class=\"start\">").link(base.url(SearchPage.PATH), "Search the texts").raw(" · ")
                .link(base.url(LinkedDataFilter.QUERY), "Query with SPARQL").raw(" · ")
                .link(base.url(LinkedDataFilter.DOWNLOAD), "Download the dumps").raw(" · ")
                .link(base.url(LinkedDataFilter.API), "Named queries as an API").raw(" · ")
                .link(base.url(LinkedDataFilter.CATALOG), "DCAT-AP catalogue").raw(" · ")
                .link(base.url(LinkedDataFilter.VOID), "VoID").raw(" · ")
                .link(base.url(PublicBase.ONTOLOGY_PATH), "Ontology").raw("</p>\n");
        list(h, "Documents", works, true);
        h.raw("<h2>Who asks whom</h2>\n<p>Every obligation from the speaker to each addressee; the wider the line, the "
                + "more obligations; the colour is the force of the request.</p>\n<figure class=\"diagram\">")
                .raw(new ObligationDiagram(p).render()).raw("</figure>\n");
        ObligationTable table = new ObligationTable(p);
        h.raw("<h2>Obligations</h2>\n<p>Who asks whom to do what, how strongly (the speech act and its force, strongest "
                + "first: ").text(table.scale()).raw("), by when, where, in the words of the text.</p>\n");
        table.render(h);
        list(h, "Actors", actors, false);
        list(h, "Instruments", instruments, false);
        h.raw("<h2>Named queries</h2>\n<ul class=\"queries\">");
        for (String name : QueryCatalog.names()) {
            String first = QueryCatalog.description(QueryCatalog.text(name).orElseThrow()).lines().findFirst().orElse("");
            h.raw("<li>").link(base.url(LinkedDataFilter.API) + "#" + name, name).raw(" ").text(first).raw("</li>");
        }
        h.raw("</ul>\n");
        return Pages.page(base, p.site().title(), "", h.toString());
    }

    private List<Resource> actors() {
        List<Resource> all = new ArrayList<>();
        for (Resource type : List.of(ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit)) {
            p.instances(type).stream().filter(r -> !all.contains(r)).forEach(all::add);
        }
        all.sort((a, b) -> label(a).compareToIgnoreCase(label(b)));
        return all;
    }

    private void list(Html h, String title, List<Resource> items, boolean withTitle) {
        h.raw("<h2>").text(title).raw("</h2>\n<ul class=\"").text(title.toLowerCase(java.util.Locale.ROOT)).raw("\">");
        for (Resource r : items) {
            h.raw("<li>").link(p.base().locate(r.getURI()), label(r));
            if (withTitle && r.hasProperty(DCTerms.title)) {
                h.raw(": ").text(r.getProperty(DCTerms.title).getString());
            }
            h.raw("</li>");
        }
        h.raw("</ul>\n");
    }

    private String label(Resource r) {
        return p.labels().of(p.content(), r);
    }
}
