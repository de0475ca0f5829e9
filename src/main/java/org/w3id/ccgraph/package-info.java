/**
 * The few base types that every stage shares: diagnostics, locations in inputs and the root exception.
 * Depends on nothing else in ccgraph.
 */
package org.w3id.ccgraph;
