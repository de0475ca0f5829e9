package org.w3id.ccgraph.serve.sparql;

import java.util.List;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code concat} (and {@code fn:concat}) that checks the length of the result before making it,
 * so that many long arguments cannot allocate more than the query's string limit.
 */
final class BoundedConcat extends ExprFunctionN {

    BoundedConcat(ExprList args) {
        super("concat", args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        long length = 0;
        for (NodeValue v : args) {
            length += v.isString() || v.isLangString() ? v.getString().length() : v.asString().length();
        }
        QueryBudget.of(env == null ? null : env.getContext()).string(length);
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return XSDFuncOp.strConcat(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedConcat(newArgs);
    }
}
