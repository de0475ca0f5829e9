# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Obligation-action
# expect: Violation Obligation-action https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2> ccg:action ?a }
