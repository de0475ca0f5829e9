# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextQuoteSelector-exact
# expect: Violation TextQuoteSelector-exact https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> oa:exact ?t }
