package org.w3id.ccgraph.structure;

/**
 * One header value as printed (cleaned of markup) and where it stands in the source.
 *
 * @param value the cleaned value
 * @param span  its place in the normalised source text
 */
public record Field(String value, Span span) {
}
