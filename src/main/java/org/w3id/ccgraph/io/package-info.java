/**
 * Writing graphs and datasets in every RDF syntax ccgraph supports, atomically (temporary file, then
 * rename), and keeping them in stores: the served store in memory or TDB2, replaced in one transaction
 * ({@link org.w3id.ccgraph.io.LocalStore}), and a remote SPARQL Graph Store
 * ({@link org.w3id.ccgraph.io.RemoteStore}), into which a corpus is loaded one graph at a time so that a
 * rerun resumes it ({@link org.w3id.ccgraph.io.RemoteCorpus}). Input: Jena models and datasets. Output: files, streams,
 * stores. Must not depend on the command line or the server.
 */
package org.w3id.ccgraph.io;
