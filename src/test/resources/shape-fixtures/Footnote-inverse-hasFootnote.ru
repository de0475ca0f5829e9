# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Footnote-inverse-hasFootnote
# expect: Violation Footnote-inverse-hasFootnote https://w3id.org/ccgraph/id/doc/12862-19/fn/3
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/8> ccg:hasFootnote <https://w3id.org/ccgraph/id/doc/12862-19/fn/3> }
