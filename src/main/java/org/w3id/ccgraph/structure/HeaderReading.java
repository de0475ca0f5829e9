package org.w3id.ccgraph.structure;

/**
 * A header as read and where the text proper begins.
 *
 * @param header the header
 * @param start  where the text begins
 */
record HeaderReading(Header header, BodyStart start) {
}
