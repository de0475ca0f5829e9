# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: SourceText-sha256
# expect: Violation SourceText-sha256 https://w3id.org/ccgraph/id/doc/12862-19/text/da
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/text/da> ccg:sha256 ?t } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/text/da> ccg:sha256 "ABC" } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/text/da> ccg:sha256 ?t }
