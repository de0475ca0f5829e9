# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-date_document
# expect: Warning Work-date_document https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:date_document ?n } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19> eli:date_document "8. oktober 2019" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:date_document ?n }
