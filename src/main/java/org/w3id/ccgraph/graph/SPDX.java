package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** SPDX terms that DCAT-AP uses for the checksums of distributions. */
public final class SPDX {

    /** The namespace IRI. */
    public static final String NS = "http://spdx.org/rdf/terms#";

    public static final Resource Checksum = ResourceFactory.createResource(NS + "Checksum");
    public static final Resource ChecksumAlgorithm = ResourceFactory.createResource(NS + "ChecksumAlgorithm");
    public static final Resource checksumAlgorithm_sha256 = ResourceFactory.createResource(NS + "checksumAlgorithm_sha256");
    /**
     * SHA-256 as the DCAT-AP 3.0.1 controlled-vocabulary shapes accept a checksum algorithm: their
     * ChecksumAlgorithmRestriction asks for an IRI matching {@code ^https://spdx.org/rdf/terms} (the address
     * of the SPDX terms' documentation) typed {@link #ChecksumAlgorithm}, which the term
     * {@link #checksumAlgorithm_sha256} in SPDX's own namespace does not match. The catalogue uses this IRI
     * and states it {@code owl:sameAs} the SPDX term, so that both readers find the algorithm.
     */
    public static final Resource checksumAlgorithm_sha256_https =
            ResourceFactory.createResource("https://spdx.org/rdf/terms#checksumAlgorithm_sha256");
    public static final Property checksum = ResourceFactory.createProperty(NS + "checksum");
    public static final Property algorithm = ResourceFactory.createProperty(NS + "algorithm");
    public static final Property checksumValue = ResourceFactory.createProperty(NS + "checksumValue");

    private SPDX() {
    }
}
