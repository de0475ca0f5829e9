package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.OA;
import org.w3id.ccgraph.graph.PROV;

/**
 * The obligations as a table a person reads, a page at a time, one table per document in document order: who
 * asks whom to do what, how strongly (the speech act and its deontic force), by when (deadline or
 * frequency), where (the paragraph or point) and the words of the text. Every text escaped; the action, the
 * dates' words and the quote carry the language of the source.
 */
final class ObligationTable {

    /** The order of the table: by document, then by the sequence of the element that says the obligation. */
    private static final String ORDERED = "SELECT ?o ?doc (COALESCE(MIN(?seq), 2147483647) AS ?s) WHERE {\n"
            + "?o a ccg:Obligation ; ccg:inSubdivision ?sub . FILTER (isIRI(?o))\n"
            + "?sub eli:is_part_of+ ?doc . ?doc a ccg:CouncilText .\n"
            + "OPTIONAL { ?sub ccg:sequence ?seq }\n} GROUP BY ?o ?doc ORDER BY ?doc ?s STRLEN(STR(?o)) ?o";
    /** What a row shows of an obligation: the nodes it reaches this way, with all their statements. */
    private static final String SHOWN = "ccg:expressedBy | ccg:expressedBy/ccg:speaker | ccg:expressedBy/ccg:speechAct"
            + " | ccg:expressedBy/ccg:speechAct/ccg:force | ccg:addressee | ccg:inSubdivision | ccg:inSubdivision/eli:is_part_of+"
            + " | prov:wasDerivedFrom | prov:wasDerivedFrom/oa:hasSelector | ccg:deadline | ccg:frequency";

    private final Publication p;
    private Model m = ModelFactory.createDefaultModel();

    ObligationTable(Publication p) {
        this.p = p;
    }

    /** How many obligations the table has in all. */
    long count() {
        List<QuerySolution> rows = p.select("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {\n"
                + "?o a ccg:Obligation ; ccg:inSubdivision ?sub . FILTER (isIRI(?o))\n"
                + "?sub eli:is_part_of+ ?doc . ?doc a ccg:CouncilText . }");
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** The obligations from {@code offset} on, at most {@code limit}: one table per document they belong to. */
    void render(Html h, long offset, int limit) {
        List<QuerySolution> page = p.select(ORDERED + " LIMIT " + limit + " OFFSET " + offset);
        List<String> obligations = page.stream().map(r -> r.getResource("o").getURI()).toList();
        if (obligations.isEmpty()) {
            return;
        }
        m = p.construct("CONSTRUCT { ?s ?p ?v } WHERE {\n" + LabelSparql.values("o", new LinkedHashSet<>(obligations))
                + "?o (" + SHOWN + ")? ?s .\n?s ?p ?v . }");
        String open = null;
        for (QuerySolution row : page) {
            String work = row.getResource("doc").getURI();
            if (!work.equals(open)) {
                if (open != null) {
                    h.raw("</tbody>\n</table>\n");
                }
                open = work;
                h.raw("<h3>").link(p.base().locate(work), label(m.createResource(work))).raw("</h3>\n")
                        .raw("<table class=\"obligations\">\n<thead><tr><th scope=\"col\">Who</th><th scope=\"col\">asks</th>"
                                + "<th scope=\"col\">whom</th><th scope=\"col\">to do what</th><th scope=\"col\">by when</th>"
                                + "<th scope=\"col\">where</th></tr></thead>\n<tbody>\n");
            }
            row(h, m.createResource(row.getResource("o").getURI()));
        }
        h.raw("</tbody>\n</table>\n");
    }

    /** The names of the directive forces, strongest first, as the reference data ranks them. */
    String scale() {
        List<String> names = new ArrayList<>();
        for (QuerySolution row : p.select("SELECT ?f (MIN(?r) AS ?rank) " + LabelSparql.aggregate("f") + " WHERE {\n"
                + "?f ccg:directive true ; ccg:rank ?r .\n" + LabelSparql.candidates("f") + "} GROUP BY ?f ORDER BY ?rank ?f")) {
            names.add(LabelSparql.label(row, "f", p.labels()));
        }
        return String.join(", ", names);
    }

    private void row(Html h, Resource o) {
        Resource act = o.getPropertyResourceValue(CCG.expressedBy);
        Resource concept = act == null ? null : act.getPropertyResourceValue(CCG.speechAct);
        Resource force = concept == null ? null : concept.getPropertyResourceValue(CCG.force);
        h.raw("<tr><td>");
        links(h, act == null ? List.of() : objects(act, CCG.speaker));
        h.raw("</td><td class=\"force\">");
        if (concept != null) {
            h.raw("<span").attr("class", "force rank-" + rank(force)).raw(">").text(label(concept)).raw("</span>");
            if (force != null) {
                h.raw(" <small>").text(label(force)).raw("</small>");
            }
        }
        h.raw("</td><td>");
        links(h, objects(o, CCG.addressee));
        h.raw("</td><td class=\"action\">");
        Statement action = o.getProperty(CCG.action);
        h.raw("<a").attr("href", p.base().locate(o.getURI())).attr("title", label(o));
        language(h, action);
        h.raw(">").text(action == null ? label(o) : action.getString()).raw("</a>");
        quote(h, o, action);
        h.raw("</td><td class=\"when\">");
        when(h, o);
        h.raw("</td><td>");
        Resource sub = o.getPropertyResourceValue(CCG.inSubdivision);
        if (sub != null) {
            Statement locator = sub.getProperty(CCG.locator);
            h.raw("<a").attr("href", p.base().locate(sub.getURI())).attr("title", label(sub)).raw(">")
                    .text(locator != null ? locator.getString() : label(sub)).raw("</a>");
        }
        h.raw("</td></tr>\n");
    }

    /** The words of the text the obligation was read from, in the language of its action when they have none. */
    private void quote(Html h, Resource o, Statement action) {
        for (Resource source : objects(o, PROV.wasDerivedFrom)) {
            for (Resource selector : objects(source, OA.hasSelector)) {
                Statement exact = selector.getProperty(OA.exact);
                if (exact != null) {
                    h.raw("<blockquote class=\"quote\"");
                    language(h, exact.getLanguage().isEmpty() ? action : exact);
                    h.raw(">").text(exact.getString()).raw("</blockquote>");
                }
            }
        }
    }

    /** Deadlines with their date and words, frequencies with their words; a dash for none. */
    private void when(Html h, Resource o) {
        List<Resource> timings = new ArrayList<>(objects(o, CCG.deadline));
        timings.addAll(objects(o, CCG.frequency));
        if (timings.isEmpty()) {
            h.raw("\u2014");
        }
        for (Resource t : timings) {
            Statement due = t.getProperty(CCG.dueBy);
            Statement words = t.getProperty(CCG.text);
            h.raw("<div>");
            if (due != null) {
                h.raw("<time").attr("datetime", due.getLiteral().getLexicalForm()).raw(">")
                        .text(due.getLiteral().getLexicalForm()).raw("</time> ");
            }
            if (words != null) {
                h.raw("<span");
                language(h, words);
                h.raw(">").text(words.getString()).raw("</span>");
            }
            h.raw("</div>");
        }
    }

    private void links(Html h, List<Resource> nodes) {
        if (nodes.isEmpty()) {
            h.raw("\u2014");
        }
        for (int i = 0; i < nodes.size(); i++) {
            h.raw(i == 0 ? "" : "<br>").link(p.base().locate(nodes.get(i).getURI()), label(nodes.get(i)));
        }
    }

    private static void language(Html h, Statement s) {
        if (s != null && s.getObject().isLiteral() && !s.getLanguage().isEmpty()) {
            h.attr("lang", s.getLanguage());
        }
    }

    private static List<Resource> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static int rank(Resource force) {
        Statement s = force == null ? null : force.getProperty(CCG.rank);
        return s != null && s.getObject().isLiteral() ? s.getInt() : 0;
    }

    private String label(Resource r) {
        return p.labels().of(m, r);
    }
}
