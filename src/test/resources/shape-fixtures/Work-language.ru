# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-language
# expect: Violation Work-language https://w3id.org/ccgraph/id/doc/12862-19
INSERT DATA { <https://w3id.org/ccgraph/id/doc/12862-19> dct:language <http://id.loc.gov/vocabulary/iso639-1/da> }
