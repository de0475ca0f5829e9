# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpecificResourceShape
# expect: Violation SpecificResourceShape https://w3id.org/ccgraph/id/doc/12862-19/p/9/source
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/9/source> oa:hasTarget <https://w3id.org/ccgraph/id/doc/12862-19/p/9> }
