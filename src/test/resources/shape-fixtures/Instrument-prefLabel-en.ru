# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-prefLabel-en
# expect: Violation Instrument-prefLabel-en https://w3id.org/ccgraph/id/instrument/empact
DELETE { <https://w3id.org/ccgraph/id/instrument/empact> skos:prefLabel ?l } WHERE { <https://w3id.org/ccgraph/id/instrument/empact> skos:prefLabel ?l FILTER (lang(?l) = "en") }
