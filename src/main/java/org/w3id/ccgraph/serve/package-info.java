/**
 * Publishing: an embedded Apache Jena Fuseki, read-only, with linked data in front of it. Fuseki answers
 * SPARQL queries at {@code /sparql} and graph store reads; {@link org.w3id.ccgraph.serve.LinkedDataFilter}
 * answers everything else from a {@link org.w3id.ccgraph.serve.Publication} made once per version of the
 * data: dereferenceable IRIs with content negotiation, HTML pages, the ontology, the DCAT-AP catalogue,
 * VoID, dumps, the sitemap, the query page and the named-query API. Links are built from the configured
 * {@link org.w3id.ccgraph.serve.PublicBase}. Input: a validated dataset in a store. Output: HTTP. Must not
 * depend on the command line.
 *
 * <p>This package holds the entry point ({@link org.w3id.ccgraph.serve.PublishServer}), the route table, the
 * publication and the pages, and uses its parts, which never use it: {@code serve.http} the HTTP plumbing
 * (connections, gzip, CORS, limits), {@code serve.sparql} the SPARQL endpoint and its query guard, and
 * {@code serve.describe} the dataset descriptions and dumps.
 */
package org.w3id.ccgraph.serve;
