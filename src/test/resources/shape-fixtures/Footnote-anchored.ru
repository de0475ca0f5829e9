# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Footnote-anchored
# expect: Warning Footnote-anchored https://w3id.org/ccgraph/id/doc/12862-19/fn/3
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/fn/3> ccg:anchoredIn ?t }
