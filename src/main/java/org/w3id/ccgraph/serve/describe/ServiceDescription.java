package org.w3id.ccgraph.serve.describe;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.SD;

/**
 * The SPARQL 1.1 Service Description of the endpoint, served at {@code /sparql} when it is asked for
 * without a query: SPARQL 1.1 Query only, the result formats, and the default graph with its size.
 */
public final class ServiceDescription {

    private static final List<String> FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "N-Triples", "RDF_XML");

    private final IriScheme scheme;
    private final Addresses at;

    /** The description of the endpoint of the data minted with {@code scheme}, published at {@code at}. */
    public ServiceDescription(IriScheme scheme, Addresses at) {
        this.scheme = scheme;
        this.at = at;
    }

    /** The description of a read-only endpoint over a default graph of {@code triples} triples. */
    public Model build(long triples) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD.NS).setNsPrefix("void", VOID.NS).setNsPrefix("rdfs", RDFS.uri);
        Resource graph = m.createResource(scheme.datasetPart("sparql/default-graph"), SD.Graph)
                .addLiteral(VOID.triples, m.createTypedLiteral(Long.toString(triples), XSDDatatype.XSDinteger));
        Resource dataset = m.createResource(scheme.datasetPart("sparql/dataset"), SD.Dataset)
                .addProperty(SD.defaultGraph, graph);
        Resource service = m.createResource(scheme.datasetPart("sparql"), SD.Service)
                .addProperty(RDFS.label, "ccgraph SPARQL endpoint (read-only)", "en")
                .addProperty(SD.endpoint, m.createResource(at.sparql()))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.defaultDataset, dataset);
        FORMATS.forEach(f -> service.addProperty(SD.resultFormat, SD.format(f)));
        return m;
    }
}
