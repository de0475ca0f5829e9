# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-paragraphNumbersWithoutGaps
# expect: Warning Work-paragraphNumbersWithoutGaps https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/12> eli:number ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/12> eli:number "120" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/12> eli:number ?n }
