# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Subdivision-sequence
# expect: Violation Subdivision-sequence https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> ccg:sequence ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> ccg:sequence 0 } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> ccg:sequence ?n }
