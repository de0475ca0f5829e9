# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextQuoteSelectorShape
# expect: Violation TextQuoteSelectorShape https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> <http://www.w3.org/ns/oa#start> 1 }
