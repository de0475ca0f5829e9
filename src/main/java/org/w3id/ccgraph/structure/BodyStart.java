package org.w3id.ccgraph.structure;

/**
 * Where the text proper begins, after its header.
 *
 * @param line      the 1-based line of its first unit
 * @param offset    the source offset of its first unit
 * @param annexLine the line of an annex heading that stands between a cover note and the text, or 0
 */
record BodyStart(int line, int offset, int annexLine) {
}
