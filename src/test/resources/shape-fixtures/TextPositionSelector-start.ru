# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextPositionSelector-start
# expect: Violation TextPositionSelector-start https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?t }
