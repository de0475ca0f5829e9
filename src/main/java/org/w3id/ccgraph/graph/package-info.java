/**
 * The only code that builds RDF: the vocabulary classes (one per namespace, constants named exactly as
 * the ontology's local names), IRI minting under the configured base, and the graph builder. Input: the
 * document model and the extraction results. Output: a Jena {@link org.apache.jena.rdf.model.Model}
 * without blank nodes. Must not depend on validation, serving or the command line.
 */
package org.w3id.ccgraph.graph;
