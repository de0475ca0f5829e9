# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Subdivision-is_part_of
# expect: Violation Subdivision-is_part_of https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:is_part_of <https://w3id.org/ccgraph/id/doc/12862-19/p/8> }
