# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpecificResource-selectors
# expect: Violation SpecificResource-hasSelector https://w3id.org/ccgraph/id/doc/12862-19/p/9/source
# expect: Violation SpecificResource-selectors https://w3id.org/ccgraph/id/doc/12862-19/text/da
# expect: Violation TextPositionSelector-quoteMatchesText https://w3id.org/ccgraph/id/doc/12862-19/text/da
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source> oa:hasSelector <https://w3id.org/ccgraph/id/doc/12862-19/p/8/source/position> }
