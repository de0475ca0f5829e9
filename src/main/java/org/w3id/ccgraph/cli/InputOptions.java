package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.graph.IriScheme;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of every command that converts a Council document: the input, the base IRI, the language. */
final class InputOptions {

    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "The Council document (UTF-8 text). Default: the bundled document.")
    Path input;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of minted resources, ending with '/'. Default: ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "Language of the input (da, en). Default: detected from the header.")
    String language;

    @Option(names = "--verbose", description = "Print stack traces of failures.")
    boolean verbose;

    /** Converts the input (or the bundled document) and reports its diagnostics on {@code err}. */
    Conversion convert(Converter.Validation validation, PrintWriter err) {
        Converter converter;
        try {
            converter = Converter.create().base(base).language(language).validation(validation).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Conversion c = input == null ? converter.convertBundled() : converter.convert(input);
        int errors = 0;
        for (Diagnostic d : c.diagnostics()) {
            err.println(d.format());
            if (d.severity() == Severity.ERROR) {
                errors++;
            }
        }
        err.flush();
        if (errors > 0) {
            throw new InputException("STRUCTURE ERRORS", Location.of(c.document().source().name()),
                    "expected a consistent structure, found " + errors + " error(s) listed above");
        }
        return c;
    }
}
