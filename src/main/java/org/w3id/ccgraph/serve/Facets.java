package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;

/**
 * The facets of the documents list, each at most one value: the year of a document's date
 * ({@code eli:date_document}), an actor (addressee or speaker of one of its obligations) and a deontic force
 * (of one of its obligations). Values come from the request and reach queries only as bound nodes of a
 * {@link ParameterizedSparqlString}, never as text; a value that is not a year or an absolute http(s) IRI is
 * refused with 400, one that names nothing in the data selects no document.
 *
 * @param year  four digits, or null
 * @param actor the actor's IRI, or null
 * @param force the force's IRI, or null
 */
record Facets(String year, String actor, String force) {

    /** No facet chosen: every document. */
    static final Facets NONE = new Facets(null, null, null);
    /** The parameters, in the order links write them. */
    static final List<String> NAMES = List.of("year", "actor", "force");
    /** How many values of one facet are shown, most documents first. */
    static final int SHOWN = 100;

    /** One value of a facet with the number of documents it selects (given the other facets). */
    record Value(String value, String label, long documents) {
    }

    /** The facets a request chooses. */
    static Facets of(Exchange x) {
        String year = x.param("year");
        if (year != null && !year.matches("[0-9]{4}")) {
            throw new Paging.Invalid("Bad request: year must be a year of four digits, e.g. 2019");
        }
        return new Facets(year, iri(x.param("actor"), "actor"), iri(x.param("force"), "force"));
    }

    private static String iri(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            IRIx iri = IRIx.create(value);
            if (value.length() <= 2000 && iri.isAbsolute() && value.matches("(?i)https?://[^\\x00-\\x20<>\"{}|\\\\^`]+")) {
                return value;
            }
        } catch (IRIException e) {
            // refused below
        }
        throw new Paging.Invalid("Bad request: " + name + " must be the absolute http(s) IRI of a" + ("actor".equals(name)
                ? "n actor" : " deontic force") + ", as the links of the documents page give it");
    }

    /** The value of a facet by parameter name, or null. */
    String get(String name) {
        return switch (name) {
            case "year" -> year;
            case "actor" -> actor;
            default -> force;
        };
    }

    /** These facets with one of them set to a value (null removes it). */
    Facets with(String name, String value) {
        return new Facets("year".equals(name) ? value : year, "actor".equals(name) ? value : actor,
                "force".equals(name) ? value : force);
    }

    /** Whether any facet is chosen. */
    boolean any() {
        return year != null || actor != null || force != null;
    }

    /** The chosen facets as query parameters, in a fixed order. */
    Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        NAMES.forEach(n -> {
            if (get(n) != null) {
                out.put(n, get(n));
            }
        });
        return out;
    }

    /** A key for the page cache. */
    String key() {
        return params().toString();
    }

    /**
     * FILTER patterns on {@code ?doc} for the chosen facets but {@code except} (null for none), with the values as
     * parameters {@code ?facetYear}, {@code ?facetActor}, {@code ?facetForce} that {@link #bind} sets.
     */
    String filters(String except) {
        StringBuilder b = new StringBuilder();
        if (year != null && !"year".equals(except)) {
            b.append("FILTER EXISTS { ?doc eli:date_document ?fyDate FILTER (SUBSTR(STR(?fyDate), 1, 4) = ?facetYear) }\n");
        }
        if (actor != null && !"actor".equals(except)) {
            b.append("FILTER EXISTS { ?faSub eli:is_part_of+ ?doc . ?faO ccg:inSubdivision ?faSub ; a ccg:Obligation .\n"
                    + "  { ?faO ccg:addressee ?facetActor } UNION { ?faO ccg:expressedBy/ccg:speaker ?facetActor } }\n");
        }
        if (force != null && !"force".equals(except)) {
            b.append("FILTER EXISTS { ?ffSub eli:is_part_of+ ?doc . ?ffO ccg:inSubdivision ?ffSub ; a ccg:Obligation ;\n"
                    + "  ccg:expressedBy/ccg:speechAct/ccg:force ?facetForce }\n");
        }
        return b.toString();
    }

    /** The query with the chosen values bound as nodes: a string literal for the year, IRIs for the others. */
    String bind(String query) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(query);
        if (year != null) {
            q.setLiteral("facetYear", year);
        }
        if (actor != null) {
            q.setIri("facetActor", actor);
        }
        if (force != null) {
            q.setIri("facetForce", force);
        }
        return q.toString();
    }

    /** The values of one facet with their numbers of documents, given the other chosen facets. */
    List<Value> values(Publication p, String name) {
        String inner = switch (name) {
            case "year" -> "?doc eli:date_document ?d . BIND (SUBSTR(STR(?d), 1, 4) AS ?value)\n";
            case "actor" -> "?sub eli:is_part_of+ ?doc . ?o ccg:inSubdivision ?sub ; a ccg:Obligation .\n"
                    + "{ ?o ccg:addressee ?value } UNION { ?o ccg:expressedBy/ccg:speaker ?value } FILTER (isIRI(?value))\n";
            default -> "?sub eli:is_part_of+ ?doc . ?o ccg:inSubdivision ?sub ; a ccg:Obligation ;\n"
                    + "  ccg:expressedBy/ccg:speechAct/ccg:force ?value . FILTER (isIRI(?value))\n";
        };
        String counted = "{ SELECT ?value (COUNT(DISTINCT ?doc) AS ?n) WHERE {\n?doc a ccg:CouncilText . FILTER (isIRI(?doc))\n"
                + inner + filters(name) + "} GROUP BY ?value }\n";
        String query = "year".equals(name)
                ? "SELECT ?value ?n WHERE {\n" + counted + "} ORDER BY DESC(?value) LIMIT " + SHOWN
                : "SELECT ?value ?n " + LabelSparql.aggregate("value") + " (LCASE(SUBSTR(MIN(?valueKey), 3)) AS ?sort) WHERE {\n"
                        + counted + LabelSparql.candidates("value") + "} GROUP BY ?value ?n ORDER BY DESC(?n) ?sort ?value LIMIT "
                        + SHOWN;
        List<Value> out = new ArrayList<>();
        for (QuerySolution row : p.select(bind(query))) {
            String value = row.get("value").isURIResource() ? row.getResource("value").getURI()
                    : row.getLiteral("value").getLexicalForm();
            String label = "year".equals(name) ? value : LabelSparql.label(row, "value", p.labels());
            out.add(new Value(value, label, row.getLiteral("n").getLong()));
        }
        return out;
    }
}
