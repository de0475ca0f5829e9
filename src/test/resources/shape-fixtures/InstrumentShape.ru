# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: InstrumentShape
# expect: Violation InstrumentShape https://w3id.org/ccgraph/id/thing/x
INSERT DATA { <https://w3id.org/ccgraph/id/thing/x> a ccg:Instrument ; rdfs:label "x"@en ; skos:prefLabel "x"@en ; ccg:instrumentType "report" }
