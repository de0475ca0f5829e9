package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * An SVG diagram of who asks whom: the speakers of obligations on the left, their addressees on the right,
 * one edge per speaker, addressee and deontic force, as wide as the number of obligations and coloured by
 * the force's rank (strongest red, weakest blue). Nodes link to the actors' pages.
 */
final class ObligationDiagram {

    /** Colours by force rank, 1 = strongest. */
    private static final String[] COLOURS = {"#b2182b", "#ef8a62", "#67a9cf", "#2166ac", "#888888"};
    private static final int ROW = 30;
    private static final int TOP = 40;
    private static final int LEFT = 230;
    private static final int RIGHT = 560;
    private static final int WIDTH = 820;

    /** One edge: a speaker asks an addressee, with a force, this many times. */
    record Edge(String speaker, String addressee, String force, int count) {
    }

    private final Publication p;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Integer> ranks = new HashMap<>();

    ObligationDiagram(Publication p) {
        this.p = p;
    }

    /** The edges, counted from the obligations of the data, with the ranks and labels of their nodes. */
    List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        for (QuerySolution row : p.select("SELECT ?speaker ?addressee ?force (COUNT(DISTINCT ?o) AS ?n) (MIN(?r) AS ?rank)"
                + " WHERE {\n?o a ccg:Obligation ; ccg:expressedBy ?act ; ccg:addressee ?addressee .\n"
                + "?act ccg:speaker ?speaker ; ccg:speechAct ?concept . ?concept ccg:force ?force .\n"
                + "OPTIONAL { ?force ccg:rank ?r }\nFILTER (isIRI(?speaker) && isIRI(?addressee) && isIRI(?force))\n"
                + "} GROUP BY ?speaker ?addressee ?force ORDER BY ?speaker ?addressee ?force")) {
            String force = row.getResource("force").getURI();
            RDFNode rank = row.get("rank");
            if (rank != null && rank.isLiteral()) {
                ranks.put(force, rank.asLiteral().getInt());
            }
            edges.add(new Edge(row.getResource("speaker").getURI(), row.getResource("addressee").getURI(), force,
                    row.getLiteral("n").getInt()));
        }
        TreeSet<String> nodes = new TreeSet<>();
        edges.forEach(e -> nodes.addAll(List.of(e.speaker(), e.addressee(), e.force())));
        labels.putAll(LabelSparql.of(p, nodes));
        return edges;
    }

    /** The diagram as an inline SVG element. */
    String render() {
        List<Edge> edges = edges();
        List<String> speakers = new ArrayList<>(new TreeSet<>(edges.stream().map(Edge::speaker).toList()));
        List<String> addressees = byTotal(edges);
        int height = TOP + Math.max(speakers.size(), addressees.size()) * ROW + 60;
        Html h = new Html();
        h.raw("<svg class=\"diagram\" role=\"img\"")
                .attr("viewBox", "0 0 " + WIDTH + " " + height).attr("width", Integer.toString(WIDTH))
                .attr("height", Integer.toString(height)).raw(">\n<title>Who asks whom: obligations by speaker, addressee and force</title>\n");
        for (Edge e : edges) {
            double y1 = y(speakers.indexOf(e.speaker()), speakers.size(), addressees.size());
            double y2 = TOP + addressees.indexOf(e.addressee()) * ROW + 0.0;
            double offset = (rank(e.force()) - 3) * 2.5;
            h.raw("<path fill=\"none\" stroke-opacity=\"0.75\"").attr("stroke", colour(e.force()))
                    .attr("stroke-width", String.format(Locale.ROOT, "%.1f", 1 + 1.6 * e.count()))
                    .attr("d", String.format(Locale.ROOT, "M%d %.1f C%d %.1f %d %.1f %d %.1f", LEFT, y1 + offset,
                            (LEFT + RIGHT) / 2, y1 + offset, (LEFT + RIGHT) / 2, y2 + offset, RIGHT, y2 + offset))
                    .raw("><title>").text(label(e.speaker()) + " → " + label(e.addressee()) + ": " + e.count()
                            + " obligation(s), " + label(e.force())).raw("</title></path>\n");
        }
        for (int i = 0; i < speakers.size(); i++) {
            node(h, speakers.get(i), LEFT - 8, y(i, speakers.size(), addressees.size()), "end");
        }
        for (int i = 0; i < addressees.size(); i++) {
            node(h, addressees.get(i), RIGHT + 8, TOP + i * ROW, "start");
        }
        legend(h, edges, height - 30);
        return h.raw("</svg>\n").toString();
    }

    private double y(int index, int speakers, int addressees) {
        double span = Math.max(0, addressees - 1) * ROW;
        return speakers <= 1 ? TOP + span / 2 : TOP + span * index / (speakers - 1.0);
    }

    private void node(Html h, String iri, int x, double y, String anchor) {
        h.raw("<a").attr("href", p.base().locate(iri)).raw("><text").attr("x", Integer.toString(x))
                .attr("y", String.format(Locale.ROOT, "%.1f", y + 4)).attr("text-anchor", anchor).raw(">")
                .text(label(iri)).raw("</text></a>\n");
    }

    private void legend(Html h, List<Edge> edges, int y) {
        TreeSet<String> forces = new TreeSet<>((a, b) -> Integer.compare(rank(a), rank(b)));
        edges.forEach(e -> forces.add(e.force()));
        int x = 10;
        for (String f : forces) {
            h.raw("<rect width=\"14\" height=\"14\"").attr("x", Integer.toString(x)).attr("y", Integer.toString(y - 11))
                    .attr("fill", colour(f)).raw("/><text").attr("x", Integer.toString(x + 20)).attr("y", Integer.toString(y))
                    .raw(">").text(label(f)).raw("</text>\n");
            x += 40 + label(f).length() * 8;
        }
    }

    private List<String> byTotal(List<Edge> edges) {
        Map<String, Integer> totals = new TreeMap<>();
        edges.forEach(e -> totals.merge(e.addressee(), e.count(), Integer::sum));
        List<String> out = new ArrayList<>(totals.keySet());
        out.sort((a, b) -> totals.get(b).equals(totals.get(a)) ? label(a).compareTo(label(b)) : totals.get(b) - totals.get(a));
        return out;
    }

    private String label(String iri) {
        return labels.computeIfAbsent(iri, i -> p.labels().shortName(i));
    }

    private int rank(String force) {
        Integer r = ranks.get(force);
        return r == null ? COLOURS.length : Math.max(1, Math.min(COLOURS.length, r));
    }

    private String colour(String force) {
        return COLOURS[rank(force) - 1];
    }
}
