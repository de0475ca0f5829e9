# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Mention-mentionedIn
# expect: Violation Mention-mentionedIn https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1
DELETE WHERE { <https://w3id.org/ccgraph/id/doc/12862-19/p/18/mention/1> ccg:mentionedIn ?a }
