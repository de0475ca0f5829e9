package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import org.apache.jena.riot.RiotException;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;
import picocli.CommandLine;

/**
 * Turns every failure into one line on stderr and its exit code: bad input 4, bad usage 2, anything
 * else 1. The stack trace is printed only with {@code --verbose}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (ex instanceof InputException) {
            err.println(((InputException) ex).format());
            code = ExitCode.BAD_INPUT;
        } else if (ex instanceof UsageException u) {
            err.println("ccgraph: error: " + u.title() + ": " + ex.getMessage());
            code = ExitCode.USAGE;
        } else if (ex instanceof CcgraphException) {
            err.println(((CcgraphException) ex).format());
            code = ExitCode.INTERNAL;
        } else if (ex instanceof RiotException) {
            err.println("error: " + Title.UNPARSEABLE_RDF + ": " + ex.getMessage());
            code = ExitCode.BAD_INPUT;
        } else {
            err.println("ccgraph: error: " + Title.INTERNAL_ERROR + ": " + ex + " (run with --verbose for the stack trace)");
            code = ExitCode.INTERNAL;
        }
        if (verbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("ccgraph: error: " + Title.USAGE + ": " + ex.getMessage());
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
