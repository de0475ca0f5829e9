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
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: exit codes and error handling in one place. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
