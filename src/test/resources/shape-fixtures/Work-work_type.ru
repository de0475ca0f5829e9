# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Work-work_type
# expect: Violation Work-work_type https://w3id.org/ccgraph/id/doc/12862-19
DELETE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:work_type ?t } INSERT { <https://w3id.org/ccgraph/id/doc/12862-19> eli:work_type <http://publications.europa.eu/resource/authority/resource-type/REG> } WHERE { <https://w3id.org/ccgraph/id/doc/12862-19> eli:work_type ?t }
