# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpecificResource-quoteSelector
# expect: Violation SpecificResource-quoteSelector https://w3id.org/ccgraph/id/doc/12862-19/p/9/source
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source> oa:hasSelector <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/quote> }
