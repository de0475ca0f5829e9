# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-number
# expect: Violation Work-number https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:number ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19> eli:number "no. 12862" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:number ?n }
