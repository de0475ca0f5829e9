# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-label
# expect: Violation Work-label https://w3id.org/ccgraph/id/doc/12862-19
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> rdfs:label ?l }
