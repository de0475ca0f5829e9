package org.w3id.ccgraph.serve.sparql;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/** A function call whose string or IRI result is checked against the query's string length limit. */
final class BoundedExpr extends ExprFunction1 {

    BoundedExpr(Expr call) {
        super(call, "bounded");
    }

    @Override
    public NodeValue eval(NodeValue v, FunctionEnv env) {
        return QueryBudget.of(env == null ? null : env.getContext()).checked(v);
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return v;
    }

    @Override
    public Expr copy(Expr call) {
        return new BoundedExpr(call);
    }
}
