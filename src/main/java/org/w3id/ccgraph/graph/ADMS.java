package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The ADMS vocabularies that DCAT-AP asks for: the type of a publisher or other agent ({@code dct:type} of a
 * {@code foaf:Agent}) and the type of a licence ({@code dct:type} of a {@code dct:LicenseDocument}).
 */
public final class ADMS {

    /** The namespace of publisher types. */
    public static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
    /** The namespace of licence types. */
    public static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";

    /** The concept scheme of publisher types. */
    public static final Resource PUBLISHER_TYPES = ResourceFactory.createResource(PUBLISHER_TYPE + "1.0");
    /** The concept scheme of licence types. */
    public static final Resource LICENCE_TYPES = ResourceFactory.createResource(LICENCE_TYPE + "1.0");

    private ADMS() {
    }

    /** A publisher type, e.g. {@code publisherType("SupraNationalAuthority")}. */
    public static Resource publisherType(String code) {
        return ResourceFactory.createResource(PUBLISHER_TYPE + code);
    }

    /** A licence type, e.g. {@code licenceType("Attribution")}. */
    public static Resource licenceType(String code) {
        return ResourceFactory.createResource(LICENCE_TYPE + code);
    }
}
