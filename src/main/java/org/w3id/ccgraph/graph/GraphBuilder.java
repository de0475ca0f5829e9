package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.ccgraph.extract.Extraction;
import org.w3id.ccgraph.structure.CouncilText;

/**
 * Builds the RDF content graph of one parsed document and what was extracted from it.
 *
 * <pre>{@code
 * Model reference = ReferenceData.load(scheme);
 * Model content = new GraphBuilder(scheme, reference).build(document, extraction);
 * }</pre>
 */
public final class GraphBuilder {

    private final IriScheme scheme;
    private final Model reference;

    /** A builder minting IRIs with the scheme; the reference data decides which nodes are already described. */
    public GraphBuilder(IriScheme scheme, Model reference) {
        this.scheme = scheme;
        this.reference = reference;
    }

    /** The content graph of a document: deterministic, without blank nodes, without the reference data. */
    public Model build(CouncilText doc, Extraction extraction) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefixes(Prefixes.of(scheme));
        StructureGraph structure = new StructureGraph(scheme, model, doc, extraction.authors());
        structure.add();
        new KnowledgeGraph(scheme, model, reference, doc, structure).add(extraction);
        return model;
    }
}
