# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SourceText-content
# expect: Violation SourceText-content https://w3id.org/ccgraph/id/doc/12862-19/text/da
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/text/da> ccg:content ?t }
