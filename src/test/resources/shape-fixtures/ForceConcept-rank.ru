# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ForceConcept-rank
# expect: Violation ForceConcept-rank https://w3id.org/ccgraph/id/force/urging
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/speech-act/urges
DELETE { <https://w3id.org/ccgraph/id/force/urging> ccg:rank ?r } INSERT { <https://w3id.org/ccgraph/id/force/urging> ccg:rank 0 } WHERE { <https://w3id.org/ccgraph/id/force/urging> ccg:rank ?r }
