# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Obligation-inSubdivision
# expect: Violation Obligation-inSubdivision https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2> ccg:inSubdivision <https://w3id.org/ccgraph/id/doc/12862-19/p/15> }
