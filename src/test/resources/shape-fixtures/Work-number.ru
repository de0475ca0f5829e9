# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-number
# expect: Violation Work-number https://w3id.org/ccgraph/id/doc/12862-19
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19> eli:number "12863/19" }
