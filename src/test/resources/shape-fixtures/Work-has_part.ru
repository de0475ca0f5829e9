# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-has_part
# expect: Violation Work-has_part https://w3id.org/ccgraph/id/doc/12862-19
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19> eli:has_part <https://w3id.org/ccgraph/id/actor/council> }
