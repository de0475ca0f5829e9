/**
 * Publishing: an embedded Apache Jena Fuseki with a read-only SPARQL endpoint over the converted graph.
 * Input: a validated dataset. Output: HTTP. Must not depend on the command line.
 */
package org.w3id.ccgraph.serve;
