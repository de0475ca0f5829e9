package org.w3id.ccgraph.cli;

import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.convert.CorpusAssembly;
import org.w3id.ccgraph.convert.Verdict;

/** The exit codes of every ccgraph command, documented in {@code --help} and the README. */
public final class ExitCode {

    /** Success (and, where validated, the graph conforms). */
    public static final int OK = 0;
    /** An internal error: a bug or an environment failure; run with --verbose for the stack trace. */
    public static final int INTERNAL = 1;
    /** A usage error: unknown option, bad value. */
    public static final int USAGE = 2;
    /** Validation results at or above the threshold. */
    public static final int INVALID = 3;
    /** Input that cannot be read or parsed. */
    public static final int BAD_INPUT = 4;

    /** The text for the help footer. */
    public static final String HELP = "%nExit codes:%n"
            + "  0  success (and the graph conforms)%n"
            + "  1  internal error (run with --verbose for the stack trace)%n"
            + "  2  usage error%n"
            + "  3  validation results at or above the threshold%n"
            + "  4  input that cannot be read or parsed%n";

    private ExitCode() {
    }

    /** The exit code of a conversion's verdict: a structure error is bad input, a violation is invalid. */
    public static int of(Verdict verdict) {
        switch (verdict) {
            case STRUCTURE_ERRORS: return BAD_INPUT;
            case DOES_NOT_CONFORM: return INVALID;
            default: return OK;
        }
    }

    /**
     * The exit code of many conversions: the worst of the failures (bad input) and the verdicts; a run that
     * its target stopped (a store that failed) ends with that failure's code, since the run is incomplete.
     */
    public static int of(CorpusAssembly.Outcome outcome) {
        if (outcome.halt() != null) {
            return outcome.halt() instanceof InputException ? BAD_INPUT : INTERNAL;
        }
        int code = outcome.failures().isEmpty() ? OK : BAD_INPUT;
        for (CorpusAssembly.Rejection r : outcome.rejected()) {
            code = Math.max(code, of(r.verdict()));
        }
        return code;
    }
}
