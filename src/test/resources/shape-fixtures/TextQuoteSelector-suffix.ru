# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: TextQuoteSelector-suffix
# expect: Violation TextQuoteSelector-suffix https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> oa:suffix ?t } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> oa:suffix "x"@da } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> oa:suffix ?t }
