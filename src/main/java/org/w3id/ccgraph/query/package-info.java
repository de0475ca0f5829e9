/**
 * The catalogue of named SPARQL queries in queries/ and running them. Input: a query name or file and a
 * dataset. Output: result sets in CSV, TSV, JSON or a text table. Must not depend on the command line.
 */
package org.w3id.ccgraph.query;
