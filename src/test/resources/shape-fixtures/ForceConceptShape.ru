# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ForceConceptShape
# expect: Violation ForceConceptShape https://w3id.org/ccgraph/id/force/urging
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/speech-act/urges
DELETE WHERE { <https://w3id.org/ccgraph/id/force/urging> a <http://www.w3.org/2004/02/skos/core#Concept> }
