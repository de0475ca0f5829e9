package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SPARQL 1.1 Service Description terms, for the description served at the SPARQL endpoint. */
public final class SD {

    /** The namespace IRI. */
    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    /** The namespace of the W3C format IRIs ({@code formats:Turtle}) that {@link #resultFormat} points to. */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";

    /** The SPARQL 1.1 Protocol recommendation, which the endpoint conforms to. */
    public static final Resource PROTOCOL = ResourceFactory.createResource("https://www.w3.org/TR/sparql11-protocol/");

    public static final Resource Service = ResourceFactory.createResource(NS + "Service");
    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");
    public static final Resource Graph = ResourceFactory.createResource(NS + "Graph");
    public static final Resource SPARQL11Query = ResourceFactory.createResource(NS + "SPARQL11Query");
    public static final Property endpoint = ResourceFactory.createProperty(NS + "endpoint");
    public static final Property supportedLanguage = ResourceFactory.createProperty(NS + "supportedLanguage");
    public static final Property resultFormat = ResourceFactory.createProperty(NS + "resultFormat");
    public static final Property defaultDataset = ResourceFactory.createProperty(NS + "defaultDataset");
    public static final Property defaultGraph = ResourceFactory.createProperty(NS + "defaultGraph");

    private SD() {
    }

    /** A W3C format IRI, e.g. {@code format("SPARQL_Results_JSON")}. */
    public static Resource format(String name) {
        return ResourceFactory.createResource(FORMATS + name);
    }
}
