# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-label
# expect: Violation Instrument-label https://w3id.org/ccgraph/id/instrument/empact
DELETE WHERE { <https://w3id.org/ccgraph/id/instrument/empact> rdfs:label ?l }
