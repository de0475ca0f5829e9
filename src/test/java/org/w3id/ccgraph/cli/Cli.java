package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the ccgraph command line in-process with captured output. */
final class Cli {

    /** What a run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        Run r = runWithOutput(new PrintWriter(out), args);
        return new Run(r.exit(), out.toString(), r.err());
    }

    /** Runs with standard output going to {@code out}; the run's {@code out} is empty. */
    static Run runWithOutput(PrintWriter out, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(out);
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, "", err.toString());
    }
}
