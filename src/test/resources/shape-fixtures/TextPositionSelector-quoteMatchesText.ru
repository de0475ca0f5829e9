# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextPositionSelector-quoteMatchesText
# expect: Violation TextPositionSelector-quoteMatchesText https://w3id.org/ccgraph/id/doc/12862-19/text/da
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?s } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?n } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> oa:start ?s BIND (STRDT(STR(xsd:integer(?s) + 1), xsd:nonNegativeInteger) AS ?n) }
