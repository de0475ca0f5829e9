package org.w3id.ccgraph.serve.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpJoin;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpMinus;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterDistinct;
import org.apache.jena.sparql.engine.iterator.QueryIterGroup;
import org.apache.jena.sparql.engine.iterator.QueryIterMinus;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.join.Join;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;

/**
 * Jena's operator execution with every row that an operator keeps in memory counted against the query's
 * {@link QueryBudget}: the input of ORDER BY, DISTINCT and GROUP BY with keys (an aggregate over the
 * whole input, such as COUNT(*), keeps one row), both sides of a join, the right side of OPTIONAL and
 * MINUS; and GROUP_CONCAT bounded by the string limit. (Top-N, ORDER BY with a small LIMIT, keeps only
 * its limit.) {@link Tdb} does the same on TDB2's executor, which matches basic graph patterns in the
 * store's indexes.
 */
final class BoundedOpExecutor extends OpExecutor {

    /** Makes this executor for every query that runs with it in its context. */
    static final OpExecutorFactory FACTORY = BoundedOpExecutor::new;

    private final Bounds bounds;

    private BoundedOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
        this.bounds = new Bounds(execCxt, this::exec, this::root);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        return bounds.order(op, input);
    }

    @Override
    protected QueryIterator execute(OpGroup op, QueryIterator input) {
        return bounds.group(op, input);
    }

    @Override
    protected QueryIterator execute(OpDistinct op, QueryIterator input) {
        return bounds.distinct(op, input);
    }

    @Override
    protected QueryIterator execute(OpJoin op, QueryIterator input) {
        return bounds.join(op, input);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin op, QueryIterator input) {
        return bounds.leftJoin(op, input);
    }

    @Override
    protected QueryIterator execute(OpMinus op, QueryIterator input) {
        return bounds.minus(op, input);
    }

    /** The same bounds on TDB2's executor. */
    static final class Tdb extends org.apache.jena.tdb2.solver.OpExecutorTDB2 {

        /** Makes this executor for every query that runs with it in its context. */
        static final OpExecutorFactory FACTORY = Tdb::new;

        private final Bounds bounds;

        private Tdb(ExecutionContext execCxt) {
            super(execCxt);
            this.bounds = new Bounds(execCxt, this::exec, this::root);
        }

        @Override
        protected QueryIterator execute(OpOrder op, QueryIterator input) {
            return bounds.order(op, input);
        }

        @Override
        protected QueryIterator execute(OpGroup op, QueryIterator input) {
            return bounds.group(op, input);
        }

        @Override
        protected QueryIterator execute(OpDistinct op, QueryIterator input) {
            return bounds.distinct(op, input);
        }

        @Override
        protected QueryIterator execute(OpJoin op, QueryIterator input) {
            return bounds.join(op, input);
        }

        @Override
        protected QueryIterator execute(OpLeftJoin op, QueryIterator input) {
            return bounds.leftJoin(op, input);
        }

        @Override
        protected QueryIterator execute(OpMinus op, QueryIterator input) {
            return bounds.minus(op, input);
        }
    }

    /** How the operators that keep rows are executed with their rows counted, for either executor. */
    private static final class Bounds {
        private final ExecutionContext execCxt;
        private final QueryBudget budget;
        private final java.util.function.BiFunction<org.apache.jena.sparql.algebra.Op, QueryIterator, QueryIterator> exec;
        private final java.util.function.Supplier<QueryIterator> root;

        Bounds(ExecutionContext execCxt,
               java.util.function.BiFunction<org.apache.jena.sparql.algebra.Op, QueryIterator, QueryIterator> exec,
               java.util.function.Supplier<QueryIterator> root) {
            this.execCxt = execCxt;
            this.budget = QueryBudget.of(execCxt.getContext());
            this.exec = exec;
            this.root = root;
        }

        private QueryIterator counted(QueryIterator rows) {
            return new QueryIterConvert(rows, b -> {
                budget.row();
                return b;
            }, execCxt);
        }

        QueryIterator order(OpOrder op, QueryIterator input) {
            return new QueryIterSort(counted(exec.apply(op.getSubOp(), input)), op.getConditions(), execCxt);
        }

        QueryIterator group(OpGroup op, QueryIterator input) {
            List<ExprAggregator> aggregators = new ArrayList<>();
            for (ExprAggregator a : op.getAggregators()) {
                aggregators.add(BoundedGroupConcat.applies(a.getAggregator())
                        ? new ExprAggregator(a.getVar(), new BoundedGroupConcat(a.getAggregator())) : a);
            }
            QueryIterator sub = exec.apply(op.getSubOp(), input);
            return new QueryIterGroup(op.getGroupVars().isEmpty() ? sub : counted(sub), op.getGroupVars(), aggregators,
                    execCxt);
        }

        QueryIterator distinct(OpDistinct op, QueryIterator input) {
            return new QueryIterDistinct(counted(exec.apply(op.getSubOp(), input)),
                    op.getSubOp() instanceof OpOrder order ? order.getConditions() : null, execCxt);
        }

        QueryIterator join(OpJoin op, QueryIterator input) {
            QueryIterator left = counted(exec.apply(op.getLeft(), input));
            QueryIterator right = counted(exec.apply(op.getRight(), root.get()));
            return Join.join(left, right, execCxt);
        }

        QueryIterator leftJoin(OpLeftJoin op, QueryIterator input) {
            QueryIterator left = exec.apply(op.getLeft(), input);
            QueryIterator right = counted(exec.apply(op.getRight(), root.get()));
            return Join.leftJoin(left, right, op.getExprs(), execCxt);
        }

        QueryIterator minus(OpMinus op, QueryIterator input) {
            QueryIterator left = exec.apply(op.getLeft(), input);
            QueryIterator right = counted(exec.apply(op.getRight(), root.get()));
            Set<Var> common = OpVars.visibleVars(op.getLeft());
            common.retainAll(OpVars.visibleVars(op.getRight()));
            return QueryIterMinus.create(left, right, common, execCxt);
        }
    }
}
