/**
 * SHACL validation of converted graphs with the shapes in shapes/ (or given files), and the reports of
 * its results. Input: a graph and shapes. Output: a validation report. Depends on nothing of the
 * document stages; must not depend on the command line or the server.
 */
package org.w3id.ccgraph.validate;
