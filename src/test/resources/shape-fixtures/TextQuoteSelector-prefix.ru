# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextQuoteSelector-prefix
# expect: Violation TextQuoteSelector-prefix https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> oa:prefix "another" }
