# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SpeechAct-speechAct
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/1
# expect: Violation SpeechAct-speechAct https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2
# expect: Violation SpeechActConcept-force https://w3id.org/ccgraph/id/other/urges
# expect: Violation SpeechActConcept-notation https://w3id.org/ccgraph/id/other/urges
# expect: Violation SpeechActConcept-prefLabel-da https://w3id.org/ccgraph/id/other/urges
# expect: Violation SpeechActConcept-prefLabel-en https://w3id.org/ccgraph/id/other/urges
INSERT DATA { <https://w3id.org/ccgraph/id/other/urges> a skos:Concept ; skos:inScheme <https://w3id.org/ccgraph/id/other> } ;
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:speechAct ?c } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:speechAct <https://w3id.org/ccgraph/id/other/urges> } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ccg:speechAct ?c }
