# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Footnote-anchoredIn
# expect: Violation Footnote-anchoredIn https://w3id.org/ccgraph/id/doc/12862-19/fn/3
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/fn/3> ccg:anchoredIn <https://w3id.org/ccgraph/id/doc/12862-19/p/7/e> }
