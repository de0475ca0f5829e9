package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.ccgraph.structure.ConclusionsDocument;

/**
 * Builds the RDF graph of one parsed document.
 *
 * <pre>{@code Model graph = new GraphBuilder(IriScheme.defaults()).build(document);}</pre>
 */
public final class GraphBuilder {

    private final IriScheme scheme;

    /** A builder minting IRIs with the given scheme. */
    public GraphBuilder(IriScheme scheme) {
        this.scheme = scheme;
    }

    /** The content graph of a document: deterministic, without blank nodes. */
    public Model build(ConclusionsDocument doc) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.of(scheme));
        new StructureGraph(scheme, model, doc).add();
        return model;
    }
}
