# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Deadline-text
# expect: Violation Deadline-text https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/1/deadline
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/1> ccg:deadline <https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/1/deadline> . <https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/1/deadline> a ccg:Deadline ; rdfs:label "deadline inden udgangen af 2020"@en ; ccg:dueBy "2020-12-31"^^xsd:date ; prov:wasDerivedFrom <https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/1/source> }
