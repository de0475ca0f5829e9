# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-negated
# expect: Violation SpeechAct-negated https://w3id.org/ccgraph/id/doc/12862-19/p/5/act/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/5/act/1> ccg:negated "no" }
