# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ForceConcept-notation
# expect: Violation ForceConcept-notation https://w3id.org/ccgraph/id/force/inviting
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/speech-act/invites
DELETE WHERE { <https://w3id.org/ccgraph/id/force/inviting> skos:notation ?r }
