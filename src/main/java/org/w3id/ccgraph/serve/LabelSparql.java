package org.w3id.ccgraph.serve;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Labels read in the same query as what they name, chosen as {@link Labels} chooses them. The pattern of
 * {@link #candidates} binds, for every label of a variable, a key that sorts by preference (the language in
 * the order of {@link Labels#LANGUAGES}, any other language last; then the property in the order of
 * {@link Labels#NAMING}) followed by the text; {@code MIN} of the keys in a grouped query is the preferred
 * label, and {@link #label} takes the text out of it.
 */
final class LabelSparql {

    /** What an IRI written into a query must not contain: it would end the IRI or is no IRI character. */
    private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x20<>\"{}|\\\\^`]");

    private LabelSparql() {
    }

    /** An OPTIONAL pattern that binds {@code ?<v>Key} to the key of each label of {@code ?v}. */
    static String candidates(String v) {
        StringBuilder props = new StringBuilder();
        for (int i = 0; i < Labels.NAMING.size(); i++) {
            props.append("(<").append(Labels.NAMING.get(i).getURI()).append("> \"").append(i + 1).append("\") ");
        }
        StringBuilder rank = new StringBuilder();
        for (int i = 0; i < Labels.LANGUAGES.size(); i++) {
            rank.append("IF(lang(?").append(v).append("L) = \"").append(Labels.LANGUAGES.get(i)).append("\", \"")
                    .append(i + 1).append("\", ");
        }
        rank.append('"').append(Labels.LANGUAGES.size() + 1).append('"').append(")".repeat(Labels.LANGUAGES.size()));
        return "OPTIONAL { VALUES (?" + v + "Np ?" + v + "Pr) { " + props + "}\n"
                + "  ?" + v + " ?" + v + "Np ?" + v + "L FILTER (isLiteral(?" + v + "L))\n"
                + "  BIND (CONCAT(" + rank + ", ?" + v + "Pr, STR(?" + v + "L)) AS ?" + v + "Key) }\n";
    }

    /** The aggregate that picks the preferred label of {@code ?v}, bound to {@code ?<v>Label}. */
    static String aggregate(String v) {
        return "(MIN(?" + v + "Key) AS ?" + v + "Label)";
    }

    /** The text of the label picked by {@link #aggregate} in a row, or the short name of the IRI when it has none. */
    static String label(QuerySolution row, String v, Labels labels) {
        RDFNode key = row.get(v + "Label");
        RDFNode node = row.get(v);
        if (key != null && key.isLiteral() && key.asLiteral().getLexicalForm().length() >= 2) {
            return key.asLiteral().getLexicalForm().substring(2);
        }
        return node == null ? "" : node.isURIResource() ? labels.shortName(node.asResource().getURI()) : node.toString();
    }

    /** The labels of some IRIs in one query, by IRI; an IRI without a label gets its short name. */
    static Map<String, String> of(Publication p, Collection<String> iris) {
        Map<String, String> out = new LinkedHashMap<>();
        if (iris.isEmpty()) {
            return out;
        }
        String query = "SELECT ?x " + aggregate("x") + " WHERE {\n" + values("x", iris) + candidates("x") + "} GROUP BY ?x";
        for (QuerySolution row : p.select(query)) {
            out.put(row.getResource("x").getURI(), label(row, "x", p.labels()));
        }
        iris.forEach(i -> out.putIfAbsent(i, p.labels().shortName(i)));
        return out;
    }

    /**
     * A VALUES block of IRIs read from the data (never of user input: that is bound with
     * ParameterizedSparqlString); an IRI that could not be written safely is refused.
     */
    static String values(String v, Collection<String> iris) {
        StringBuilder b = new StringBuilder("VALUES ?").append(v).append(" {");
        for (String iri : iris) {
            b.append(' ').append(iri(iri));
        }
        return b.append(" }\n").toString();
    }

    /** An IRI as a SPARQL term, checked to hold none of the characters that could end it. */
    static String iri(String iri) {
        if (UNSAFE.matcher(iri).find()) {
            throw new IllegalArgumentException("not an IRI that can be written into a query: " + iri);
        }
        return "<" + iri + ">";
    }
}
