package org.w3id.ccgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccgraph} command and its subcommands. */
@Command(name = "ccgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns EU Council conclusions into a validated RDF knowledge graph and publishes it.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, QueryCommand.class, ServeCommand.class, LoadCommand.class,
                CommandLine.HelpCommand.class},
        footer = ExitCode.HELP)
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs ccgraph with the arguments and exits with its exit code. */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(StandardOutput.open());
        System.exit(cl.execute(args));
    }

    /**
     * The configured command line: exit codes and error handling in one place. A command whose output to
     * standard output failed (a full disk, a closed pipe) ends with WRITE FAILED, never with 0.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parsed -> StandardOutput.check(cl.getOut(), cl.getErr(),
                new CommandLine.RunLast().execute(parsed)));
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
