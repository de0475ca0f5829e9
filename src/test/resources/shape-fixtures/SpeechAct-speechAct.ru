# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-speechAct
# expect: Violation SpeechAct-speechAct https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:speechAct <https://w3id.org/ccgraph/id/speech-act/urges> }
