# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextPositionSelector-end
# expect: Violation TextPositionSelector-end https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position
# expect: Violation TextPositionSelector-quoteMatchesText https://w3id.org/ccgraph/id/doc/12862-19/text/da
# expect: Violation TextPositionSelector-startBeforeEnd https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:end ?t } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:end "-1"^^xsd:integer } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:end ?t }
