package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.ORG;

/** The actors or the instruments: the IRIs of some classes with their labels, sorted by label, a page at a time. */
final class ResourceList {

    /** What a list holds: the instances of these classes. */
    enum Kind {
        ACTORS("actors", ORG.Organization, ORG.FormalOrganization, ORG.OrganizationalUnit),
        INSTRUMENTS("instruments", CCG.Instrument);

        private final String name;
        private final List<Resource> types;

        Kind(String name, Resource... types) {
            this.name = name;
            this.types = List.of(types);
        }

        /** The name of the list: its path and the class of its HTML list. */
        String listName() {
            return name;
        }
    }

    /** One item of a page. */
    record Item(String iri, String label) {
    }

    private final Publication p;
    private final Kind kind;

    ResourceList(Publication p, Kind kind) {
        this.p = p;
        this.kind = kind;
    }

    /** How many there are. */
    long count() {
        List<QuerySolution> rows = p.select("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {\n" + types() + "}");
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getLong();
    }

    /** One page, sorted by label (case ignored), then by IRI. */
    List<Item> page(long offset, int limit) {
        String q = "SELECT ?x " + LabelSparql.aggregate("x") + " (LCASE(COALESCE(SUBSTR(MIN(?xKey), 3), STR(?x))) AS ?sort)"
                + " WHERE {\n" + types() + LabelSparql.candidates("x") + "} GROUP BY ?x ORDER BY ?sort ?x LIMIT " + limit
                + " OFFSET " + offset;
        List<Item> out = new ArrayList<>();
        for (QuerySolution row : p.select(q)) {
            out.add(new Item(row.getResource("x").getURI(), LabelSparql.label(row, "x", p.labels())));
        }
        return out;
    }

    /** The items as a list of links. */
    void render(Html h, List<Item> items) {
        h.raw("<ul").attr("class", kind.listName()).raw(">");
        for (Item i : items) {
            h.raw("<li>").link(p.base().locate(i.iri()), i.label()).raw("</li>");
        }
        h.raw("</ul>\n");
    }

    private String types() {
        List<String> iris = kind.types.stream().map(Resource::getURI).toList();
        return LabelSparql.values("xType", iris) + "?x a ?xType . FILTER (isIRI(?x))\n";
    }
}
