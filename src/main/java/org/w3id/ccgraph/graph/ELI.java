package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** ELI 1.5 terms used by ccgraph. */
public final class ELI {

    /** The namespace IRI. */
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    /** Where ELI identifiers of EU acts start. */
    public static final String DATA_NS = "http://data.europa.eu/eli/";

    public static final Resource Work = ResourceFactory.createResource(NS + "Work");
    public static final Resource WorkSubdivision = ResourceFactory.createResource(NS + "WorkSubdivision");
    public static final Property work_type = ResourceFactory.createProperty(NS + "work_type");
    public static final Property number = ResourceFactory.createProperty(NS + "number");
    public static final Property date_document = ResourceFactory.createProperty(NS + "date_document");
    public static final Property is_part_of = ResourceFactory.createProperty(NS + "is_part_of");
    public static final Property has_part = ResourceFactory.createProperty(NS + "has_part");
    public static final Property refers_to = ResourceFactory.createProperty(NS + "refers_to");
    public static final Property type_subdivision = ResourceFactory.createProperty(NS + "type_subdivision");

    private ELI() {
    }
}
