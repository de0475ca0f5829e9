# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Actor-unitOf
# expect: Violation Actor-unitOf https://w3id.org/ccgraph/id/actor/ec3
INSERT DATA { <https://w3id.org/ccgraph/id/actor/ec3> org:unitOf <https://w3id.org/ccgraph/id/actor/commission> }
