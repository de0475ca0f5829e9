# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ConceptScheme-title
# expect: Violation ConceptScheme-title https://w3id.org/ccgraph/id/force
DELETE WHERE { <https://w3id.org/ccgraph/id/force> dct:title ?t }
