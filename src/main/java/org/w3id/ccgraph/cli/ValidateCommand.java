package org.w3id.ccgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shacl.Shapes;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.io.InputFiles;
import org.w3id.ccgraph.validate.BatchValidator;
import org.w3id.ccgraph.validate.ContextLoader;
import org.w3id.ccgraph.validate.FileResult;
import org.w3id.ccgraph.validate.ReportFormat;
import org.w3id.ccgraph.validate.ShapesLoader;
import org.w3id.ccgraph.validate.Summary;
import org.w3id.ccgraph.validate.Threshold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ccgraph validate}: SHACL validation as a CI tool. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Validate RDF files (or Council documents, converted first) against SHACL shapes.",
                "Each input is validated on its own with a summary line; --merge validates their union. "
                        + "Without DATA: the converted bundled document."},
        footer = {"%nExit codes:%n"
                + "  0  no validation result at or above --fail-on%n"
                + "  1  internal error (run with --verbose for the stack trace)%n"
                + "  2  usage error%n"
                + "  3  validation results at or above --fail-on%n"
                + "  4  input that cannot be read or parsed (data or shapes; reported as file:line:column)%n"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DATA", arity = "0..*",
            description = "RDF files (syntax by extension or --lang), folders (every RDF file below), globs, "
                    + "or Council documents (.txt).")
    List<String> data = new ArrayList<>();

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes files or folders. Default: the bundled shapes/.")
    List<Path> shapes = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, turtle, json, junit or github. Default: ${DEFAULT-VALUE}")
    ReportFormat format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "violation",
            description = "Lowest severity that fails the run: violation, warning or info. Default: ${DEFAULT-VALUE}")
    Threshold failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "Write the report to a file (atomically).")
    Path output;

    @Option(names = "--merge", description = "Validate the union of all inputs instead of each on its own.")
    boolean merge;

    @Option(names = "--syntax-check", description = "Also parse each file with RDF4J Rio; fail (4) if either parser "
            + "rejects it or the two graphs differ.")
    boolean syntaxCheck;

    @Option(names = "--lang", paramLabel = "SYNTAX", description = "RDF syntax of the inputs (turtle, ntriples, nquads, "
            + "trig, jsonld, rdfxml) when their extensions do not say.")
    String lang;

    @Option(names = "--fetch-contexts", description = "Read JSON-LD @context URLs (http, https, file) of the inputs, "
            + "10 s and 4 MiB at most each. Default: reading data opens no connection and no file beyond the inputs.")
    boolean fetchContexts;

    @Mixin
    Verbosity verbosity = new Verbosity();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Lang syntax = null;
        if (lang != null) {
            syntax = RDFLanguages.shortnameToLang(lang);
            if (syntax == null) {
                throw new UsageException("unknown RDF syntax '" + lang + "'; expected turtle, ntriples, nquads, trig, jsonld or rdfxml");
            }
        }
        Shapes compiled = shapes.isEmpty() ? ShapesLoader.bundled() : ShapesLoader.from(shapes);
        BatchValidator validator = BatchValidator.create(compiled).syntax(syntax)
                .crossCheck(syntaxCheck ? BatchValidator.CrossCheck.ON : BatchValidator.CrossCheck.OFF)
                .contexts(fetchContexts ? ContextLoader.Contexts.FETCH : ContextLoader.Contexts.REFUSE).build();
        List<FileResult> results = run(validator);
        PrintWriter err = spec.commandLine().getErr();
        boolean summaryInReport = format == ReportFormat.TEXT && output == null;
        if (!summaryInReport) {
            results.forEach(r -> err.println(Summary.line(r, failOn)));
            err.println(Summary.totals(results, failOn));
            err.flush();
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        format.write(results, failOn, report);
        if (output != null) {
            Outputs.write(output, out -> report.writeTo(out));
        } else {
            spec.commandLine().getOut().print(report.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        if (results.stream().anyMatch(FileResult::failed)) {
            return ExitCode.BAD_INPUT;
        }
        return results.stream().anyMatch(r -> r.fails(failOn)) ? ExitCode.INVALID : ExitCode.OK;
    }

    private List<FileResult> run(BatchValidator validator) {
        if (data.isEmpty()) {
            Conversion c = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled();
            return List.of(validator.validate(c.document().source().name() + " (converted)", c.graph().getGraph()));
        }
        InputFiles.Expansion found = InputFiles.expand(data, ValidateCommand::isData,
                "RDF files or Council documents (.txt files)");
        found.warnings().forEach(d -> spec.commandLine().getErr().println(d.format()));
        List<Path> files = found.files();
        if (merge) {
            return validator.merged(files);
        }
        List<FileResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(f.toString().endsWith(".txt") ? convertAndValidate(validator, f) : validator.validate(f));
        }
        return results;
    }

    private static FileResult convertAndValidate(BatchValidator validator, Path f) {
        try {
            Conversion c = Converter.create().validation(Converter.Validation.SKIP).build().convert(f);
            return validator.validate(f.toString(), c.graph().getGraph());
        } catch (InputException e) {
            return new FileResult(f.toString(), 0, null, e, java.time.Duration.ZERO);
        }
    }

    /** Which files of a folder are inputs: RDF by extension, and Council documents (.txt). */
    private static boolean isData(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".txt") || RDFLanguages.filenameToLang(name) != null;
    }
}
