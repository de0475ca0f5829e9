# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Citation-citationOf
# expect: Violation Citation-citationOf https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1> ccg:citationOf <https://w3id.org/ccgraph/id/actor/europol> }
