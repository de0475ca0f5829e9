# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-inSubdivision
# expect: Violation SpeechAct-inSubdivision https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:inSubdivision ?s }
