# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-footnoteNumbersUnique
# expect: Violation Work-footnoteNumbersUnique https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/fn/12> ccg:footnoteNumber ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/fn/12> ccg:footnoteNumber 11 } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/fn/12> ccg:footnoteNumber ?n }
