package org.w3id.ccgraph.serve.sparql;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code regex(text, pattern[, flags])} and {@code replace(text, pattern, replacement[, flags])}
 * over a text that stops the matcher once the query's deadline has passed, so that a catastrophic pattern
 * ends with the query's timeout instead of running on. A pattern that overflows the stack is an evaluation
 * error (the solution is dropped), not a server error. A pattern and flags given as constants are compiled
 * once, when the query is planned, as Jena's own {@code regex} does, not for every solution.
 */
final class GuardedRegex extends ExprFunctionN {

    /** Which function this is. */
    enum Kind { MATCH, REPLACE }

    private final Kind kind;
    private final long deadline;
    /** The compiled pattern when pattern and flags are constants and valid, else null (compiled per solution). */
    private final Pattern constant;

    GuardedRegex(Kind kind, ExprList args, long deadline) {
        super(kind == Kind.MATCH ? "regex" : "replace", args);
        this.kind = kind;
        this.deadline = deadline;
        this.constant = constantPattern(kind, args);
    }

    private static Pattern constantPattern(Kind kind, ExprList args) {
        int flagsAt = kind == Kind.MATCH ? 2 : 3;
        if (args.size() < 2 || !isConstantString(args.get(1)) || args.size() > flagsAt && !isConstantString(args.get(flagsAt))) {
            return null;
        }
        try {
            return compile(args.get(1).getConstant().getString(),
                    args.size() > flagsAt ? args.get(flagsAt).getConstant().getString() : "");
        } catch (ExprEvalException e) {
            return null;
        }
    }

    private static boolean isConstantString(Expr e) {
        return e.isConstant() && (e.getConstant().isString() || e.getConstant().isLangString());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, QueryBudget.of(null));
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        return eval(args, QueryBudget.of(env == null ? null : env.getContext()));
    }

    private NodeValue eval(List<NodeValue> args, QueryBudget budget) {
        int flagsAt = kind == Kind.MATCH ? 2 : 3;
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLangString()) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": not a string: " + text);
        }
        Pattern pattern = constant != null ? constant
                : compile(args.get(1).getString(), args.size() > flagsAt ? args.get(flagsAt).getString() : "");
        Matcher m = pattern.matcher(new DeadlineText(text.getString(), deadline));
        try {
            if (kind == Kind.MATCH) {
                return NodeValue.makeBoolean(m.find());
            }
            String replaced = replaceAll(m, args.get(2).getString(), budget);
            return text.isLangString() ? NodeValue.makeLangString(replaced, text.getLang()) : NodeValue.makeString(replaced);
        } catch (StackOverflowError e) {
            throw new ExprEvalException(getFunctionSymbol().getSymbol() + ": pattern too complex for the text");
        }
    }

    /** Matcher.replaceAll, checking the length of the result as it grows. */
    private static String replaceAll(Matcher m, String replacement, QueryBudget budget) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, replacement);
            budget.string(sb.length());
        }
        m.appendTail(sb);
        budget.string(sb.length());
        return sb.toString();
    }

    private static Pattern compile(String pattern, String flags) {
        int f = 0;
        for (char c : flags.toCharArray()) {
            switch (c) {
                case 'i': f |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE; break;
                case 's': f |= Pattern.DOTALL; break;
                case 'm': f |= Pattern.MULTILINE; break;
                case 'x': f |= Pattern.COMMENTS; break;
                case 'q': f |= Pattern.LITERAL; break;
                default: throw new ExprEvalException("regex: unknown flag '" + c + "'");
            }
        }
        try {
            return Pattern.compile(pattern, f);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("regex: bad pattern: " + e.getDescription());
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new GuardedRegex(kind, newArgs, deadline);
    }

    /** A text that throws {@link QueryCancelledException} when read after the deadline. */
    private static final class DeadlineText implements CharSequence {
        private final String s;
        private final long deadline;
        private int reads;

        DeadlineText(String s, long deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.substring(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
