# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpecificResource-hasSelector
# expect: Violation SpecificResource-hasSelector https://w3id.org/ccgraph/id/doc/12862-19/p/9/source
# expect: Violation SpecificResource-selectors https://w3id.org/ccgraph/id/doc/12862-19/text/da
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source> <http://www.w3.org/ns/oa#hasSelector> <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source/position> }
