# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechActConcept-force
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/speech-act/recalls
DELETE WHERE { <https://w3id.org/ccgraph/id/speech-act/recalls> ccg:force ?f } ;
INSERT DATA { <https://w3id.org/ccgraph/id/speech-act/recalls> skos:related <https://w3id.org/ccgraph/id/force/urging> }
