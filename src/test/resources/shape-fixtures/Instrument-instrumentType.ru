# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-instrumentType
# expect: Violation Instrument-instrumentType https://w3id.org/ccgraph/id/instrument/empact
DELETE { <https://w3id.org/ccgraph/id/instrument/empact> ccg:instrumentType ?t } INSERT { <https://w3id.org/ccgraph/id/instrument/empact> ccg:instrumentType "gadget" } WHERE { <https://w3id.org/ccgraph/id/instrument/empact> ccg:instrumentType ?t }
