# Breaks one thing in the converted bundled graph so that the shape reports it.
# shape: Obligation-directiveForce
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/10/obligation/1
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/1
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/14/obligation/2
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/15/obligation/1
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/16/obligation/1
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/16/obligation/2
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/18/obligation/1
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/24/obligation/2
# expect: Violation Obligation-directiveForce https://w3id.org/ccgraph/id/doc/12862-19/p/8/obligation/1
DELETE { <https://w3id.org/ccgraph/id/speech-act/calls-on> ccg:force ?f } INSERT { <https://w3id.org/ccgraph/id/speech-act/calls-on> ccg:force <https://w3id.org/ccgraph/id/force/non-directive> } WHERE { <https://w3id.org/ccgraph/id/speech-act/calls-on> ccg:force ?f }
