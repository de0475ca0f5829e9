# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-title
# expect: Warning Work-title https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19> dct:title ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19> dct:title "untagged title" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> dct:title ?n }
