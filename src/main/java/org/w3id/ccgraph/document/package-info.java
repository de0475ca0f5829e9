/**
 * Reading a source document: bytes to the normalised text (UTF-8 without BOM, NFC, {@code \n} line ends),
 * with the mapping from offsets to lines and columns. Input: a file or bytes. Output: {@link
 * org.w3id.ccgraph.document.SourceText}. Knows nothing of document structure or RDF.
 */
package org.w3id.ccgraph.document;
