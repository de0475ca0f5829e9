# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Subdivision-text
# expect: Violation Subdivision-text https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> ccg:text "en anden tekst"@da }
