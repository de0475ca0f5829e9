package org.w3id.ccgraph.serve.describe;

/**
 * Where the server publishes what its descriptions point to, as the configured public base gives it: the
 * descriptions link there and know nothing of the routes.
 *
 * @param home            the public URL of the landing page
 * @param sparql          the public URL of the SPARQL endpoint
 * @param lookup          the public URL of the lookup endpoint, which takes {@code ?iri=}
 * @param downloads       the public URL of the folder of the dumps, ending with "/"
 * @param voidDescription the canonical IRI of the VoID description
 */
public record Addresses(String home, String sparql, String lookup, String downloads, String voidDescription) {
}
