# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-registerNumber
# expect: Violation Instrument-registerNumber https://w3id.org/ccgraph/id/instrument/st-11855-2012
DELETE { <https://w3id.org/ccgraph/id/instrument/st-11855-2012> ccg:registerNumber ?e } INSERT { <https://w3id.org/ccgraph/id/instrument/st-11855-2012> ccg:registerNumber "11855/12" } WHERE { <https://w3id.org/ccgraph/id/instrument/st-11855-2012> ccg:registerNumber ?e }
