/**
 * The SPARQL endpoint and its query guard: Fuseki's query service within the server's limits (time from the
 * request's arrival, rows, answer size, no SERVICE) over the store or a remote endpoint, and Jena's query
 * engine with those limits built in: regular expressions that honour the deadline, strings and kept rows
 * counted against a per-query budget. May use {@code serve.http} only, not {@code serve} or its other parts.
 */
package org.w3id.ccgraph.serve.sparql;
