package org.w3id.ccgraph.extract;

import org.w3id.ccgraph.structure.Span;

/**
 * A cited instrument: by a name from the lexicon (key set, ref null) or by its official number (ref set,
 * key derived from it by the graph stage).
 *
 * @param key     the instrument key when cited by name, else null
 * @param ref     the official number when cited by number, else null
 * @param carrier where it is cited
 * @param span    the citation in the source
 */
public record Citation(String key, InstrumentRef ref, Carrier carrier, Span span) {
}
