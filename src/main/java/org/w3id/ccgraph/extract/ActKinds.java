package org.w3id.ccgraph.extract;

import java.util.Set;

/**
 * How the reference data reads the speech acts: which request action (and so carry obligations) and which
 * of those name no addressee by nature ("calls for").
 *
 * @param directive        notations of the directive acts
 * @param withoutAddressee notations of the directive acts that take an object, not an addressee
 */
public record ActKinds(Set<String> directive, Set<String> withoutAddressee) {

    public ActKinds {
        directive = Set.copyOf(directive);
        withoutAddressee = Set.copyOf(withoutAddressee);
    }
}
