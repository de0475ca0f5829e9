# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Frequency-period
# expect: Violation Frequency-period https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1/frequency
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1/frequency> ccg:period ?x }
