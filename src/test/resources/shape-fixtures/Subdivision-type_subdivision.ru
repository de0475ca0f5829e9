# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Subdivision-type_subdivision
# expect: Violation Subdivision-type_subdivision https://w3id.org/ccgraph/id/doc/12862-19/p/7/b
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:type_subdivision ?t } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:type_subdivision <http://publications.europa.eu/resource/authority/subdivision/ART> } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/7/b> eli:type_subdivision ?t }
