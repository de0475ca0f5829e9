package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The documents ({@code ccg:CouncilText}), newest first (by {@code eli:date_document}, undated last, then by
 * IRI), a page at a time and narrowed by {@link Facets}; each links to its resource page.
 */
final class DocumentList {

    /** One document of a page. */
    record Row(String iri, String label, Literal title, String date) {
    }

    private final Publication p;

    DocumentList(Publication p) {
        this.p = p;
    }

    /** How many documents the facets select. */
    long count(Facets f) {
        String q = "SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE {\n?doc a ccg:CouncilText . FILTER (isIRI(?doc))\n"
                + f.filters(null) + "}";
        List<QuerySolution> rows = p.select(f.bind(q));
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** The documents of one page: the facets choose, the page's offset and size bound. */
    List<Row> page(Facets f, long offset, int limit) {
        String q = "SELECT ?doc ?date (MIN(?t) AS ?title) " + LabelSparql.aggregate("doc") + " WHERE {\n"
                + "{ SELECT ?doc (MAX(?d) AS ?date) WHERE {\n?doc a ccg:CouncilText . FILTER (isIRI(?doc))\n"
                + "OPTIONAL { ?doc eli:date_document ?d }\n" + f.filters(null)
                + "} GROUP BY ?doc ORDER BY DESC(?date) ?doc LIMIT " + limit + " OFFSET " + offset + " }\n"
                + "OPTIONAL { ?doc dct:title ?t }\n" + LabelSparql.candidates("doc")
                + "} GROUP BY ?doc ?date ORDER BY DESC(?date) ?doc";
        List<Row> out = new ArrayList<>();
        for (QuerySolution row : p.select(f.bind(q))) {
            RDFNode title = row.get("title");
            RDFNode date = row.get("date");
            out.add(new Row(row.getResource("doc").getURI(), LabelSparql.label(row, "doc", p.labels()),
                    title != null && title.isLiteral() ? title.asLiteral() : null,
                    date != null && date.isLiteral() ? date.asLiteral().getLexicalForm() : null));
        }
        return out;
    }

    /** The rows as a list of links with their titles and dates. */
    void render(Html h, List<Row> rows) {
        h.raw("<ul class=\"documents\">");
        for (Row r : rows) {
            h.raw("<li>").link(p.base().locate(r.iri()), r.label());
            if (r.title() != null) {
                h.raw(": <span");
                if (!r.title().getLanguage().isEmpty()) {
                    h.attr("lang", r.title().getLanguage());
                }
                h.raw(">").text(r.title().getLexicalForm()).raw("</span>");
            }
            if (r.date() != null) {
                h.raw(" <time").attr("datetime", r.date()).raw(">").text(r.date()).raw("</time>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>\n");
    }

    /** The facets: for each, its values with their numbers of documents, links that choose or drop a value. */
    void facets(Html h, Facets f, Paging paging, String path) {
        PublicBase base = p.base();
        h.raw("<section class=\"facets\">\n");
        for (String name : Facets.NAMES) {
            List<Facets.Value> values = new ArrayList<>(f.values(p, name));
            String chosen = f.get(name);
            if (chosen != null && values.stream().noneMatch(v -> v.value().equals(chosen))) {
                String label = "year".equals(name) ? chosen : LabelSparql.of(p, List.of(chosen)).get(chosen);
                values.add(0, new Facets.Value(chosen, label, 0));
            }
            h.raw("<div class=\"facet\"><h2>").text(title(name)).raw("</h2>\n<ul").attr("class", "facet-" + name).raw(">");
            for (Facets.Value v : values) {
                boolean on = v.value().equals(chosen);
                h.raw(on ? "<li class=\"chosen\"><strong>" : "<li>");
                if (on) {
                    h.text(v.label()).raw("</strong> ");
                } else {
                    h.link(paging.url(base, path, f.with(name, v.value()).params(), 1), v.label()).raw(" ");
                }
                h.raw("<span class=\"count\">").text(Long.toString(v.documents())).raw("</span>");
                if (on) {
                    h.raw(" ").raw("<a class=\"remove\"").attr("href", paging.url(base, path,
                            f.with(name, null).params(), 1)).attr("title", "show documents of any " + name).raw(">remove</a>");
                }
                h.raw("</li>");
            }
            if (values.isEmpty()) {
                h.raw("<li>\u2014</li>");
            }
            h.raw("</ul></div>\n");
        }
        h.raw("</section>\n");
    }

    private static String title(String facet) {
        return switch (facet) {
            case "year" -> "Year";
            case "actor" -> "Actor (addressee or speaker)";
            default -> "Force of an obligation";
        };
    }
}
