# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ObligationShape
# expect: Violation ObligationShape https://w3id.org/ccgraph/id/doc/12862-19/p/14/duty/1
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/14/duty/1> a ccg:Obligation ; ccg:expressedBy <https://w3id.org/ccgraph/id/doc/12862-19/p/14/act/2> ; ccg:inSubdivision <https://w3id.org/ccgraph/id/doc/12862-19/p/14> ; ccg:action "x"@da ; ccg:addressee <https://w3id.org/ccgraph/id/actor/commission> ; prov:wasDerivedFrom <https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2/source> ; rdfs:label "x"@en }
