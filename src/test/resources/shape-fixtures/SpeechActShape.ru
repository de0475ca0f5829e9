# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechActShape
# expect: Violation SpeechActShape https://w3id.org/ccgraph/id/doc/12862-19/p/5/statement/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/5/statement/1> a ccg:SpeechAct ; ccg:speaker <https://w3id.org/ccgraph/id/actor/council> ; ccg:speechAct <https://w3id.org/ccgraph/id/speech-act/recalls> ; ccg:inSubdivision <https://w3id.org/ccgraph/id/doc/12862-19/p/5> ; ccg:sentence "x"@da ; ccg:surfaceForm "x"@da ; prov:wasDerivedFrom <https://w3id.org/ccgraph/id/doc/12862-19/p/5/act/1/source> ; rdfs:label "x"@en }
