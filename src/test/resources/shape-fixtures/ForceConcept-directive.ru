# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ForceConcept-directive
# expect: Violation ForceConcept-directive https://w3id.org/ccgraph/id/force/inviting
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/speech-act/invites
DELETE { <https://w3id.org/ccgraph/id/force/inviting> ccg:directive ?r } INSERT { <https://w3id.org/ccgraph/id/force/inviting> ccg:directive "yes" } WHERE { <https://w3id.org/ccgraph/id/force/inviting> ccg:directive ?r }
