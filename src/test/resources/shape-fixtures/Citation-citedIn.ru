# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Citation-citedIn
# expect: Violation Citation-citedIn https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1> ccg:citedIn ?a }
