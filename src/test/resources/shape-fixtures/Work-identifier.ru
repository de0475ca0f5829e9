# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-identifier
# expect: Violation Work-identifier https://w3id.org/ccgraph/id/doc/12862-19
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19> dct:identifier <https://w3id.org/ccgraph/id/doc/12862-19> }
