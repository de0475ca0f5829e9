package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The IANA media type register, whose entries DCAT-AP uses as {@code dcat:mediaType} values. */
public final class IANA {

    /** The namespace of media type IRIs. */
    public static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";

    private IANA() {
    }

    /** A media type, e.g. {@code mediaType("text/turtle")}. */
    public static Resource mediaType(String type) {
        return ResourceFactory.createResource(MEDIA_TYPES + type);
    }
}
