package org.w3id.ccgraph.serve.sparql;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;
import org.w3id.ccgraph.serve.http.ServerLimits;

/**
 * Jena's query engine with the server's limits built in. Time: Jena checks for a timeout between
 * solutions, so one {@code regex()} or {@code replace()} that backtracks catastrophically over a long
 * literal never sees it and keeps a thread busy for ever (apache/jena#3535); this engine rewrites those
 * calls ({@code regex}, {@code replace}, {@code fn:matches}, {@code fn:replace}) into {@link GuardedRegex},
 * whose text checks the deadline as the matcher reads it. Memory: every query gets a {@link QueryBudget};
 * string results are checked against its length limit ({@code concat} before it builds its result), and
 * the operators that keep rows are counted by {@link BoundedOpExecutor}. Over a TDB2 store (or a view of one
 * whose default graph is the union of its named graphs, which says so with TDB2's {@code unionDefaultGraph}
 * in its context) the same guard is built into TDB2's own engine, {@link Tdb}, which matches basic graph
 * patterns in the store's indexes and reads the union from its quad indexes.
 */
public final class GuardedQueryEngine extends QueryEngineMain {

    private GuardedQueryEngine(Query query, DatasetGraph dataset, Binding input, Context context) {
        super(query, dataset, input, context);
    }

    private GuardedQueryEngine(Op op, DatasetGraph dataset, Binding input, Context context) {
        super(op, dataset, input, context);
    }

    /** Where the server's limits are kept in a dataset's context. */
    static final Symbol LIMITS = Symbol.create("https://w3id.org/ccgraph/def#serverLimits");
    /** Where a request puts the moment (System.nanoTime) its query must stop, parsing included. */
    static final Symbol DEADLINE = Symbol.create("https://w3id.org/ccgraph/def#deadline");

    /** Makes every query over datasets with this context run on the guarded engine within these limits. */
    public static void install(Context context, ServerLimits limits) {
        QueryEngineRegistry registry = new QueryEngineRegistry();
        registry.add(new Factory());
        QueryEngineRegistry.set(context, registry);
        context.set(LIMITS, limits);
    }

    @Override
    protected Op modifyOp(Op op) {
        return guarded(super.modifyOp(op), context);
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context cxt) {
        QC.setFactory(cxt, BoundedOpExecutor.FACTORY);
        return super.eval(op, dsg, input, cxt);
    }

    /** The guard on an expression about to run: the query's budget put into the context, the functions bounded. */
    private static Op guarded(Op op, Context context) {
        long deadline = deadline(context);
        ServerLimits limits = context.get(LIMITS);
        if (limits != null && context.get(QueryBudget.SYMBOL) == null) {
            context.set(QueryBudget.SYMBOL, new QueryBudget(limits.maxRows(), limits.maxStringLength()));
        }
        return Transformer.transform(new TransformCopy(), new Bounding(deadline), op);
    }

    /** TDB2's engine with the same guard. */
    static final class Tdb extends org.apache.jena.tdb2.solver.QueryEngineTDB {

        Tdb(Query query, org.apache.jena.tdb2.store.DatasetGraphTDB dataset, Binding input, Context context) {
            super(query, dataset, input, context);
        }

        Tdb(Op op, org.apache.jena.tdb2.store.DatasetGraphTDB dataset, Binding input, Context context) {
            super(op, dataset, input, context);
        }

        @Override
        protected Op modifyOp(Op op) {
            return guarded(super.modifyOp(op), context);
        }

        @Override
        public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context cxt) {
            QC.setFactory(cxt, BoundedOpExecutor.FACTORY);
            return super.eval(op, dsg, input, cxt);
        }
    }

    /**
     * The TDB2 storage a query over {@code dataset} runs on with TDB2's engine: the store's own, when the dataset
     * is a TDB2 store, or a view of one that says in its context that its default graph is the union of the
     * store's named graphs (which TDB2's engine then reads). Null for any other dataset.
     */
    static org.apache.jena.tdb2.store.DatasetGraphTDB tdb(DatasetGraph dataset, Context context) {
        DatasetGraph base = dataset;
        if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(base)) {
            boolean union = context != null && context.isTrue(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph);
            if (!union || !(base instanceof org.apache.jena.sparql.core.DatasetGraphWrapperView)
                    || !(base instanceof org.apache.jena.sparql.core.DatasetGraphWrapper view)) {
                return null;
            }
            base = view.getWrapped();
            if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(base)) {
                return null;
            }
        }
        return org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(base);
    }

    /** Rewrites regular expressions to honour the deadline and bounds the strings that functions make. */
    private static final class Bounding extends ExprTransformCopy {
        private final long deadline;

        Bounding(long deadline) {
            this.deadline = deadline;
        }

        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
            if (func instanceof E_Regex || isFn(func, "matches")) {
                return new GuardedRegex(GuardedRegex.Kind.MATCH, args, deadline);
            }
            if (func instanceof E_StrReplace || isFn(func, "replace")) {
                return new GuardedRegex(GuardedRegex.Kind.REPLACE, args, deadline);
            }
            if (func instanceof E_StrConcat || isFn(func, "concat")) {
                return new BoundedConcat(args);
            }
            return new BoundedExpr(super.transform(func, args));
        }

        @Override
        public Expr transform(ExprFunction1 func, Expr arg) {
            return func instanceof BoundedExpr ? super.transform(func, arg) : new BoundedExpr(super.transform(func, arg));
        }

        @Override
        public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
            return new BoundedExpr(super.transform(func, arg1, arg2));
        }

        @Override
        public Expr transform(ExprFunction3 func, Expr arg1, Expr arg2, Expr arg3) {
            return new BoundedExpr(super.transform(func, arg1, arg2, arg3));
        }
    }

    private static boolean isFn(ExprFunctionN func, String name) {
        return func instanceof E_Function f && (ARQConstants.fnPrefix + name).equals(f.getFunctionIRI());
    }

    /**
     * When a query must stop: the request's deadline when it set one (so that parsing counts), else now plus
     * the overall query timeout of the context.
     */
    private static long deadline(Context context) {
        Object given = context == null ? null : context.get(DEADLINE);
        if (given instanceof Long d) {
            return d;
        }
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
            org.apache.jena.tdb2.store.DatasetGraphTDB tdb = tdb(dataset, context);
            return tdb != null ? new Tdb(query, tdb, input, context).getPlan()
                    : new GuardedQueryEngine(query, dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return true;
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            org.apache.jena.tdb2.store.DatasetGraphTDB tdb = tdb(dataset, context);
            return tdb != null ? new Tdb(op, tdb, input, context).getPlan()
                    : new GuardedQueryEngine(op, dataset, input, context).getPlan();
        }
    }
}
