# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Citation-wasDerivedFrom
# expect: Violation Citation-wasDerivedFrom https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/a/citation/1> prov:wasDerivedFrom ?a }
