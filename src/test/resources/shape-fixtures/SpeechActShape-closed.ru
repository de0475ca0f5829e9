# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechActShape
# expect: Violation SpeechActShape https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:action "at gøre noget"@da }
