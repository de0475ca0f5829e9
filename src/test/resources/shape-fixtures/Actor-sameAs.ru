# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Actor-sameAs
# expect: Violation Actor-sameAs https://w3id.org/ccgraph/id/actor/europol
INSERT DATA { <https://w3id.org/ccgraph/id/actor/europol> owl:sameAs <http://dbpedia.org/resource/Europol> }
