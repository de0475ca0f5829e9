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

    /** A describer over the graph of everything published, writing descriptions with fixed prefixes. */
    Describer(Model graph, PrefixMapping prefixes) {
        this.graph = graph;
        this.prefixes = prefixes;
    }

    /** Whether the graph says anything about the IRI as a subject. */
    boolean describes(String iri) {
        return graph.contains(graph.createResource(iri), null, (RDFNode) null);
    }

    /** The description of the resource, with the graph's prefixes. */
    Model describe(String iri) {
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
