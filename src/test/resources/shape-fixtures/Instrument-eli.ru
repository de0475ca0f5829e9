# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-eli
# expect: Violation Instrument-eli https://w3id.org/ccgraph/id/instrument/dir-2011-93
DELETE { <https://w3id.org/ccgraph/id/instrument/dir-2011-93> ccg:eli ?e } INSERT { <https://w3id.org/ccgraph/id/instrument/dir-2011-93> ccg:eli "eli/dir/2011/93" } WHERE { <https://w3id.org/ccgraph/id/instrument/dir-2011-93> ccg:eli ?e }
