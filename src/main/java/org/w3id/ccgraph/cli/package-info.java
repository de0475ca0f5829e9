/**
 * The picocli commands: the only place that prints to the terminal and decides the exit code. One class
 * per subcommand; exit codes are mapped in {@link org.w3id.ccgraph.cli.ExitCode}.
 */
package org.w3id.ccgraph.cli;
