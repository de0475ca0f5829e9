# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Footnote-isPartOf
# expect: Violation Footnote-isPartOf https://w3id.org/ccgraph/id/doc/12862-19/fn/3
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/fn/3> dct:isPartOf ?t }
