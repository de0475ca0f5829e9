# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-sourceText
# expect: Violation Work-sourceText https://w3id.org/ccgraph/id/doc/12862-19
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> ccg:sourceText ?t }
