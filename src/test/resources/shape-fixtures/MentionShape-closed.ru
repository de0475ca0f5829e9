# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: MentionShape
# expect: Violation MentionShape https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1> <http://www.w3.org/2004/02/skos/core#note> "extra" }
