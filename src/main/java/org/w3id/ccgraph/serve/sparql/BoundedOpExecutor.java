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
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;

/**
 * Jena's operator execution with every row that an operator keeps in memory counted against the query's
 * {@link QueryBudget}: the input of ORDER BY, DISTINCT and GROUP BY with keys (an aggregate over the
 * whole input, such as COUNT(*), keeps one row), both sides of a join, the right side of OPTIONAL and
 * MINUS; and GROUP_CONCAT bounded by the string limit. (Top-N, ORDER BY with a small LIMIT, keeps only
 * its limit.) It is TDB2's executor, which matches basic graph patterns in a TDB2 store's indexes and, over
 * any other dataset, executes as Jena's general one does.
 */
final class BoundedOpExecutor extends OpExecutorTDB2 {

    /** Makes this executor for every query that runs with it in its context. */
    static final OpExecutorFactory FACTORY = BoundedOpExecutor::new;

    private final QueryBudget budget;

    private BoundedOpExecutor(ExecutionContext execCxt) {
        super(execCxt);
        this.budget = QueryBudget.of(execCxt.getContext());
    }

    private QueryIterator counted(QueryIterator rows) {
        return new QueryIterConvert(rows, b -> {
            budget.row();
            return b;
        }, execCxt);
    }

    @Override
    protected QueryIterator execute(OpOrder op, QueryIterator input) {
        return new QueryIterSort(counted(exec(op.getSubOp(), input)), op.getConditions(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpGroup op, QueryIterator input) {
        List<ExprAggregator> aggregators = new ArrayList<>();
        for (ExprAggregator a : op.getAggregators()) {
            aggregators.add(BoundedGroupConcat.applies(a.getAggregator())
                    ? new ExprAggregator(a.getVar(), new BoundedGroupConcat(a.getAggregator())) : a);
        }
        QueryIterator sub = exec(op.getSubOp(), input);
        return new QueryIterGroup(op.getGroupVars().isEmpty() ? sub : counted(sub), op.getGroupVars(), aggregators, execCxt);
    }

    @Override
    protected QueryIterator execute(OpDistinct op, QueryIterator input) {
        return new QueryIterDistinct(counted(exec(op.getSubOp(), input)),
                op.getSubOp() instanceof OpOrder order ? order.getConditions() : null, execCxt);
    }

    @Override
    protected QueryIterator execute(OpJoin op, QueryIterator input) {
        QueryIterator left = counted(exec(op.getLeft(), input));
        QueryIterator right = counted(exec(op.getRight(), root()));
        return Join.join(left, right, execCxt);
    }

    @Override
    protected QueryIterator execute(OpLeftJoin op, QueryIterator input) {
        QueryIterator left = exec(op.getLeft(), input);
        QueryIterator right = counted(exec(op.getRight(), root()));
        return Join.leftJoin(left, right, op.getExprs(), execCxt);
    }

    @Override
    protected QueryIterator execute(OpMinus op, QueryIterator input) {
        QueryIterator left = exec(op.getLeft(), input);
        QueryIterator right = counted(exec(op.getRight(), root()));
        Set<Var> common = OpVars.visibleVars(op.getLeft());
        common.retainAll(OpVars.visibleVars(op.getRight()));
        return QueryIterMinus.create(left, right, common, execCxt);
    }
}
