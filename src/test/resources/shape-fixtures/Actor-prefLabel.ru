# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Actor-prefLabel
# expect: Violation Actor-prefLabel https://w3id.org/ccgraph/id/actor/cepol
# expect: Violation Actor-prefLabel-da https://w3id.org/ccgraph/id/actor/cepol
# expect: Violation Actor-prefLabel-en https://w3id.org/ccgraph/id/actor/cepol
DELETE WHERE { <https://w3id.org/ccgraph/id/actor/cepol> skos:prefLabel ?l }
