# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Instrument-celex
# expect: Violation Instrument-celex https://w3id.org/ccgraph/id/instrument/dir-2011-93
INSERT DATA { <https://w3id.org/ccgraph/id/instrument/dir-2011-93> ccg:celex "2011/93" }
