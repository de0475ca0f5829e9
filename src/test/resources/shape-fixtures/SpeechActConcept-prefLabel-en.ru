# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechActConcept-prefLabel-en
# expect: Violation SpeechActConcept-prefLabel-en https://w3id.org/ccgraph/id/speech-act/recalls
DELETE { <https://w3id.org/ccgraph/id/speech-act/recalls> skos:prefLabel ?l } WHERE { <https://w3id.org/ccgraph/id/speech-act/recalls> skos:prefLabel ?l FILTER (lang(?l) = "en") }
