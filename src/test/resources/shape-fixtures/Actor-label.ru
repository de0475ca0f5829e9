# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Actor-label
# expect: Violation Actor-label https://w3id.org/ccgraph/id/actor/europol
INSERT DATA { <https://w3id.org/ccgraph/id/actor/europol> rdfs:label "Europol again"@en }
