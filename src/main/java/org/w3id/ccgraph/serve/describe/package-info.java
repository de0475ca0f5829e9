/**
 * The dataset descriptions: the DCAT-AP catalogue, the VoID description, the SPARQL service description, the
 * triples a served document says about itself, the dumps with their checksums, and the site's texts they are
 * written with. They link to the {@link org.w3id.ccgraph.serve.describe.Addresses} they are given and know no
 * route or page. May use {@code serve.http} and {@code serve.sparql}, not {@code serve}.
 */
package org.w3id.ccgraph.serve.describe;
