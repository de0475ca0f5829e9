# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: FrequencyShape
# expect: Violation FrequencyShape https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1/frequency
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1/frequency> ccg:action "noget"@da }
