# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextPositionSelector-startBeforeEnd
# expect: Violation TextPositionSelector-quoteMatchesText https://w3id.org/ccgraph/id/doc/12862-19/text/da
# expect: Violation TextPositionSelector-startBeforeEnd https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?s ; oa:end ?e } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?e ; oa:end ?s } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?s ; oa:end ?e }
