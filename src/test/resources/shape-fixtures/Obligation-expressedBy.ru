# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Obligation-expressedBy
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2
# expect: Violation Obligation-expressedBy https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2> ccg:expressedBy ?a }
