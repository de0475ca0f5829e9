# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeakerFormula-speaker
# expect: Violation SpeakerFormula-speaker https://w3id.org/ccgraph/id/doc/12862-19/speaker-formula
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19> ccg:speakerFormula <https://w3id.org/ccgraph/id/doc/12862-19/speaker-formula> . <https://w3id.org/ccgraph/id/doc/12862-19/speaker-formula> a ccg:SpeakerFormula ; rdfs:label "speaker formula of Council document 12862/19"@en ; ccg:text "RÅDET FOR DEN EUROPÆISKE UNION"@da ; prov:wasDerivedFrom <https://w3id.org/ccgraph/id/doc/12862-19/p/5/source> }
