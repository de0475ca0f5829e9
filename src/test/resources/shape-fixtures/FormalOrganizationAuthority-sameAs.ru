# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: FormalOrganizationAuthority-sameAs
# expect: Warning FormalOrganizationAuthority-sameAs https://w3id.org/ccgraph/id/actor/eurojust
DELETE WHERE { <https://w3id.org/ccgraph/id/actor/eurojust> owl:sameAs ?x }
