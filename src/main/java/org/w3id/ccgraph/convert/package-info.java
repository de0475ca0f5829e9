/**
 * The facade over the whole pipeline: read, parse, extract, build the graph and validate it, in one call.
 * Used by the command line and the server. Input: a file or the bundled document. Output: a {@link
 * org.w3id.ccgraph.convert.Conversion}.
 */
package org.w3id.ccgraph.convert;
