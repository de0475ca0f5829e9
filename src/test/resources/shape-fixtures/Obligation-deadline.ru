# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Obligation-deadline
# expect: Violation Obligation-deadline https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1> ccg:deadline <https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1/frequency> }
