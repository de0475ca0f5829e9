# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: ElementKindShape
# expect: Violation ElementKindShape https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> a ccg:Point }
