# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechActConcept-notation
# expect: Violation SpeechActConcept-notation https://w3id.org/ccgraph/id/speech-act/urges
DELETE { <https://w3id.org/ccgraph/id/speech-act/urges> skos:notation ?n } INSERT { <https://w3id.org/ccgraph/id/speech-act/urges> skos:notation "Urges" } WHERE { <https://w3id.org/ccgraph/id/speech-act/urges> skos:notation ?n }
