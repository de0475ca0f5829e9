package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.io.InputFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that converts a Council document: the input, the base IRI, the language. */
final class InputOptions {

    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "Council documents (UTF-8 text): files, folders (every .txt below) or globs. "
                    + "Default: the bundled document.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of minted resources, ending with '/'. Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the input (da, en, de). Default: recognised from the text.")
    String language;

    @Option(names = "--layout", paramLabel = "NAME",
            description = "Layout of the input: register, oj, eurlex or plain. Default: recognised from the text.")
    String layout;

    @Option(names = "--verbose", description = "Print how the language and layout were decided, and stack traces of failures.")
    boolean verbose;

    /** Whether the inputs name more than one document (several arguments, a folder or a glob). */
    boolean isCorpus() {
        return inputs.size() > 1 || inputs.stream().anyMatch(a -> Files.isDirectory(Path.of(a))
                || a.contains("*") || a.contains("?") || a.contains("["));
    }

    /** The document files the inputs name. */
    List<Path> files() {
        return InputFiles.expand(inputs, p -> p.getFileName().toString().endsWith(".txt"));
    }

    /** The converter these options describe. */
    Converter converter(Converter.Validation validation) {
        try {
            return Converter.create().base(base).language(language).layout(layout).validation(validation).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Converts the input (or the bundled document) and reports its diagnostics on {@code err}. */
    Conversion convert(Converter.Validation validation, PrintWriter err) {
        Converter converter = converter(validation);
        Conversion c = inputs.isEmpty() ? converter.convertBundled() : converter.convert(Path.of(inputs.get(0)));
        if (verbose) {
            err.println(c.document().source().name() + ": " + c.document().detection());
        }
        c.diagnostics().forEach(d -> err.println(d.format()));
        err.flush();
        if (c.hasStructureErrors()) {
            long errors = c.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
            throw new InputException("STRUCTURE ERRORS", Location.of(c.document().source().name()),
                    "expected a consistent structure, found " + errors + " error(s) listed above");
        }
        return c;
    }
}
