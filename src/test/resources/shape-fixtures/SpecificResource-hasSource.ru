# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpecificResource-hasSource
# expect: Violation SpecificResource-hasSource https://w3id.org/ccgraph/id/doc/12862-19/p/9/source
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source> oa:hasSource ?t }
