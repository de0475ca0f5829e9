# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-sentence
# expect: Violation SpeechAct-sentence https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:sentence ?s } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:sentence "untagged" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:sentence ?s }
