package org.w3id.ccgraph.cli;

import java.util.concurrent.Callable;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ccgraph validate}: SHACL validation of a converted graph. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert a Council document and validate its graph against the shapes in shapes/.",
        footer = ExitCode.HELP)
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Conversion c = input.convert(Converter.Validation.VALIDATE, spec.commandLine().getErr());
        if (!c.report().getEntries().isEmpty()) {
            Reports.summary(c.report(), spec.commandLine().getOut());
        }
        if (c.conforms()) {
            spec.commandLine().getOut().println(c.document().source().name() + ": conforms ("
                    + c.graph().size() + " triples)");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
        return ExitCode.INVALID;
    }
}
