# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-concerns
# expect: Violation SpeechAct-concerns https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:concerns <https://w3id.org/ccgraph/id/actor/commission> }
