package org.w3id.ccgraph.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option, the same in every command (a picocli mixin); {@link Failures} reads it too. */
final class Verbosity {

    @Option(names = "--verbose",
            description = "Print stack traces of failures and, for Council texts, how their language and layout were decided.")
    boolean verbose;
}
