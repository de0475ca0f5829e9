package org.w3id.ccgraph.serve.sparql;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What one query may hold, counted as it runs: rows taken in by the operators that keep rows in memory
 * (ORDER BY, GROUP BY, DISTINCT, joins, MINUS) and by the answer, and the length of each string it makes.
 * Going beyond either fails the query with {@link QueryDeniedException} (HTTP 422 with the reason),
 * before the heap fills.
 */
final class QueryBudget {

    /** Where the budget of a query is kept in its context. */
    static final Symbol SYMBOL = Symbol.create("https://w3id.org/ccgraph/def#queryBudget");

    private final long maxRows;
    private final int maxStringLength;
    private final AtomicLong rows = new AtomicLong();

    QueryBudget(long maxRows, int maxStringLength) {
        this.maxRows = maxRows;
        this.maxStringLength = maxStringLength;
    }

    /** The budget of the query running with this context, or one without limits. */
    static QueryBudget of(Context context) {
        QueryBudget b = context == null ? null : context.get(SYMBOL);
        return b != null ? b : new QueryBudget(Long.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** Counts one row kept in memory. */
    void row() {
        if (rows.incrementAndGet() > maxRows) {
            throw new QueryDeniedException("Query needs more than " + maxRows + " rows in memory (sorting, grouping, "
                    + "joining or answering); narrow it down or page it with LIMIT and OFFSET");
        }
    }

    /** Checks the length of a string the query is about to make or has made. */
    void string(long length) {
        if (length > maxStringLength) {
            throw new QueryDeniedException("Query makes a string of more than " + maxStringLength + " characters");
        }
    }

    /** Checks a value an expression returned: the length of a string or IRI. */
    NodeValue checked(NodeValue v) {
        if (v.isString() || v.isLangString()) {
            string(v.getString().length());
        } else if (v.isIRI()) {
            string(v.asNode().getURI().length());
        }
        return v;
    }
}
