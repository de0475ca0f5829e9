# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ActorShape
# expect: Violation ActorShape https://w3id.org/ccgraph/id/org/Europol2
INSERT DATA { <https://w3id.org/ccgraph/id/org/Europol2> a org:Organization ; rdfs:label "Europol"@en ; skos:prefLabel "Europol"@en , "Europol"@da }
