package org.w3id.ccgraph.serve.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.serializer.SerializationContext;

/**
 * GROUP_CONCAT as Jena computes it, with the length of each group's string counted as values come in, so
 * that the string stops at the query's limit instead of filling the heap.
 */
final class BoundedGroupConcat implements Aggregator {

    private final Aggregator inner;

    BoundedGroupConcat(Aggregator inner) {
        this.inner = inner;
    }

    /** Whether an aggregator is a GROUP_CONCAT. */
    static boolean applies(Aggregator a) {
        return a instanceof AggGroupConcat || a instanceof AggGroupConcatDistinct;
    }

    @Override
    public Accumulator createAccumulator() {
        Accumulator acc = inner.createAccumulator();
        int separator = separator().length();
        long[] length = {0};
        return new Accumulator() {
            @Override
            public void accumulate(Binding binding, FunctionEnv env) {
                try {
                    NodeValue v = inner.getExprList().get(0).eval(binding, env);
                    length[0] += v.asString().length() + separator;
                    QueryBudget.of(env == null ? null : env.getContext()).string(length[0]);
                } catch (ExprEvalException e) {
                    // not a value: GROUP_CONCAT skips it too
                }
                acc.accumulate(binding, env);
            }

            @Override
            public NodeValue getValue() {
                return acc.getValue();
            }
        };
    }

    private String separator() {
        String s = inner instanceof AggGroupConcat g ? g.getSeparator()
                : inner instanceof AggGroupConcatDistinct d ? d.getSeparator() : null;
        return s == null ? " " : s;
    }

    @Override
    public Node getValueEmpty() {
        return inner.getValueEmpty();
    }

    @Override
    public String toPrefixString() {
        return inner.toPrefixString();
    }

    @Override
    public String key() {
        return inner.key();
    }

    @Override
    public String getName() {
        return inner.getName();
    }

    @Override
    public ExprList getExprList() {
        return inner.getExprList();
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new BoundedGroupConcat(inner.copy(exprs));
    }

    @Override
    public Aggregator copyTransform(NodeTransform transform) {
        return new BoundedGroupConcat(inner.copyTransform(transform));
    }

    @Override
    public boolean equals(Aggregator other, boolean bySyntax) {
        return other instanceof BoundedGroupConcat b && inner.equals(b.inner, bySyntax);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoundedGroupConcat b && inner.equals(b.inner);
    }

    @Override
    public int hashCode() {
        return inner.hashCode();
    }

    @Override
    public String asSparqlExpr(SerializationContext sCxt) {
        return inner.asSparqlExpr(sCxt);
    }
}
