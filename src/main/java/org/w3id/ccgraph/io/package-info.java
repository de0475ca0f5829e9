/**
 * Writing graphs and datasets in every RDF syntax ccgraph supports, atomically (temporary file, then
 * rename), and loading them into stores. Input: Jena models and datasets. Output: files, streams, stores.
 * Must not depend on the command line or the server.
 */
package org.w3id.ccgraph.io;
