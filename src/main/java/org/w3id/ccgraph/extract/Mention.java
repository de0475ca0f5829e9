package org.w3id.ccgraph.extract;

import org.w3id.ccgraph.structure.Span;

/**
 * An actor or organisation named in the text.
 *
 * @param actor   the actor key in the reference data
 * @param carrier where it is named
 * @param span    the name in the source
 */
public record Mention(String actor, Carrier carrier, Span span) {
}
