# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Actor-prefLabel-da
# expect: Violation Actor-prefLabel-da https://w3id.org/ccgraph/id/actor/eurojust
DELETE { <https://w3id.org/ccgraph/id/actor/eurojust> skos:prefLabel ?l } WHERE { <https://w3id.org/ccgraph/id/actor/eurojust> skos:prefLabel ?l FILTER (lang(?l) = "da") } ;
INSERT DATA { <https://w3id.org/ccgraph/id/actor/eurojust> skos:prefLabel "Eurojust"@fr }
