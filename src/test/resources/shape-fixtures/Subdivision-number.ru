# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Subdivision-number
# expect: Violation Subdivision-number https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:number ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:number "7(b)" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:number ?n }
