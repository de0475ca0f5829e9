package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.ccgraph.graph.OA;
import org.w3id.ccgraph.graph.PROV;

/**
 * The description of one resource, as dereferencing returns it: its own triples, the provenance it was
 * derived from (specific resource and selectors, which have no meaning apart from it), the triples that
 * link to it, and the labels of every node it links to or is linked from.
 */
final class Describer {

    private final Model graph;
    private final PrefixMapping prefixes;
    private final Publication queries;

    /** A describer over the graph of everything published, writing descriptions with fixed prefixes. */
    Describer(Model graph, PrefixMapping prefixes) {
        this.graph = graph;
        this.prefixes = prefixes;
        this.queries = null;
    }

    /**
     * A describer that asks the published data with two SPARQL queries per description (the triples, then the
     * labels of their neighbours), so that a remote store answers in two round trips, not one per triple pattern.
     */
    Describer(Publication queries, PrefixMapping prefixes) {
        this.graph = null;
        this.prefixes = prefixes;
        this.queries = queries;
    }

    /** The most nodes whose labels one query asks for. */
    private static final int LABELS_PER_QUERY = 400;

    /** Whether the graph says anything about the IRI as a subject. */
    boolean describes(String iri) {
        if (queries != null) {
            return queries.ask("ASK { " + iri(iri) + " ?p ?o }");
        }
        return graph.contains(graph.createResource(iri), null, (RDFNode) null);
    }

    private static String iri(String iri) {
        return org.apache.jena.riot.out.NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createURI(iri));
    }

    /** The description by SPARQL: the same triples as {@link #describe} finds in a graph. */
    private Model describeByQuery(String iri) {
        String r = iri(iri);
        String below = org.apache.jena.riot.out.NodeFmtLib.strNT(
                org.apache.jena.graph.NodeFactory.createLiteralString(iri + "/"));
        Model d = queries.construct("CONSTRUCT { ?s ?p ?o } WHERE { { BIND(" + r + " AS ?s) ?s ?p ?o } UNION { " + r
                + " <" + PROV.wasDerivedFrom.getURI() + "> ?s FILTER(isIRI(?s) && STRSTARTS(STR(?s), " + below
                + ")) ?s ?p ?o } UNION { " + r + " <" + PROV.wasDerivedFrom.getURI() + "> ?src FILTER(isIRI(?src) && "
                + "STRSTARTS(STR(?src), " + below + ")) ?src <" + OA.hasSelector.getURI() + "> ?s FILTER(isIRI(?s)) "
                + "?s ?p ?o } UNION { ?s ?p " + r + " BIND(" + r + " AS ?o) } }");
        java.util.TreeSet<String> linked = new java.util.TreeSet<>();
        for (Statement s : d.listStatements().toList()) {
            if (s.getObject().isURIResource() && !s.getObject().asResource().getURI().equals(iri)) {
                linked.add(s.getResource().getURI());
            }
            if (s.getSubject().isURIResource() && !s.getSubject().getURI().equals(iri)) {
                linked.add(s.getSubject().getURI());
            }
        }
        List<String> nodes = new ArrayList<>(linked);
        StringBuilder naming = new StringBuilder();
        Labels.NAMING.forEach(p -> naming.append(" <").append(p.getURI()).append(">"));
        for (int i = 0; i < nodes.size(); i += LABELS_PER_QUERY) {
            StringBuilder values = new StringBuilder();
            nodes.subList(i, Math.min(nodes.size(), i + LABELS_PER_QUERY)).forEach(n -> values.append(' ').append(iri(n)));
            d.add(queries.construct("CONSTRUCT { ?n ?lp ?l } WHERE { VALUES ?n {" + values + " } VALUES ?lp {" + naming
                    + " } ?n ?lp ?l }"));
        }
        d.setNsPrefixes(prefixes);
        return d;
    }

    /** The description of the resource, with the graph's prefixes. */
    Model describe(String iri) {
        if (queries != null) {
            return describeByQuery(iri);
        }
        Model d = ModelFactory.createDefaultModel();
        d.setNsPrefixes(prefixes);
        Resource r = graph.createResource(iri);
        List<Resource> linked = new ArrayList<>();
        for (Statement s : graph.listStatements(r, null, (RDFNode) null).toList()) {
            d.add(s);
            if (s.getObject().isURIResource()) {
                linked.add(s.getResource());
            }
        }
        for (Resource source : provenance(r)) {
            for (Statement s : graph.listStatements(source, null, (RDFNode) null).toList()) {
                d.add(s);
                if (s.getObject().isURIResource()) {
                    linked.add(s.getResource());
                }
            }
        }
        for (Statement s : graph.listStatements(null, null, r).toList()) {
            d.add(s);
            linked.add(s.getSubject());
        }
        for (Resource node : linked) {
            for (Property p : Labels.NAMING) {
                d.add(graph.listStatements(node, p, (RDFNode) null).toList());
            }
        }
        return d;
    }

    /** The specific resources and selectors a fact was derived from. */
    private List<Resource> provenance(Resource fact) {
        List<Resource> found = new ArrayList<>();
        for (Statement s : graph.listStatements(fact, PROV.wasDerivedFrom, (RDFNode) null).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(fact.getURI() + "/")) {
                found.add(s.getResource());
                graph.listObjectsOfProperty(s.getResource(), OA.hasSelector)
                        .filterKeep(RDFNode::isURIResource).forEach(n -> found.add(n.asResource()));
            }
        }
        return found;
    }
}
