package org.w3id.ccgraph.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's query engine with regular expressions that honour the time limit. Jena checks for a timeout
 * between solutions, so one {@code regex()} or {@code replace()} that backtracks catastrophically over a
 * long literal never sees it and keeps a thread busy for ever (apache/jena#3535). This engine rewrites
 * those calls ({@code regex}, {@code replace}, {@code fn:matches}, {@code fn:replace}) into
 * {@link GuardedRegex}, whose text checks the deadline as the matcher reads it.
 */
final class GuardedQueryEngine extends QueryEngineMain {

    private GuardedQueryEngine(Query query, DatasetGraph dataset, Binding input, Context context) {
        super(query, dataset, input, context);
    }

    private GuardedQueryEngine(Op op, DatasetGraph dataset, Binding input, Context context) {
        super(op, dataset, input, context);
    }

    /** Makes every query over datasets with this context run on the guarded engine. */
    static void install(Context context) {
        QueryEngineRegistry registry = new QueryEngineRegistry();
        registry.add(new Factory());
        QueryEngineRegistry.set(context, registry);
    }

    @Override
    protected Op modifyOp(Op op) {
        long deadline = deadline(context);
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex || isFn(func, "matches")) {
                    return new GuardedRegex(GuardedRegex.Kind.MATCH, args, deadline);
                }
                if (func instanceof E_StrReplace || isFn(func, "replace")) {
                    return new GuardedRegex(GuardedRegex.Kind.REPLACE, args, deadline);
                }
                return super.transform(func, args);
            }
        }, super.modifyOp(op));
    }

    private static boolean isFn(ExprFunctionN func, String name) {
        return func instanceof E_Function f && (ARQConstants.fnPrefix + name).equals(f.getFunctionIRI());
    }

    /** When a query that starts now must stop: now plus the overall query timeout of the context. */
    private static long deadline(Context context) {
        Object value = context == null ? null : context.get(ARQ.queryTimeout);
        if (value == null) {
            return Long.MAX_VALUE;
        }
        String s = value.toString();
        String overall = s.contains(",") ? s.substring(s.indexOf(',') + 1) : s;
        try {
            return System.nanoTime() + Long.parseLong(overall.strip()) * 1_000_000L;
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Creates the guarded engine for every query and algebra expression. */
    private static final class Factory implements QueryEngineFactory {

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new GuardedQueryEngine(query, dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new GuardedQueryEngine(op, dataset, input, context).getPlan();
        }
    }
}
