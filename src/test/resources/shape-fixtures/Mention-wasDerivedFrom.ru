# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Mention-wasDerivedFrom
# expect: Violation Mention-wasDerivedFrom https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1> prov:wasDerivedFrom ?a }
