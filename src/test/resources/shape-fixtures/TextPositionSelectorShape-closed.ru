# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextPositionSelectorShape
# expect: Violation TextPositionSelectorShape https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> <http://www.w3.org/ns/oa#exact> "x" }
