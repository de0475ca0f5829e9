# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: CitationShape
# expect: Violation CitationShape https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1> <http://www.w3.org/2004/02/skos/core#note> "extra" }
