package org.w3id.ccgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.Verdict;
import org.w3id.ccgraph.io.GraphWriter;
import org.w3id.ccgraph.io.RdfFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ccgraph convert}: a Council document to RDF. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Convert a Council document to RDF, validate it and write it to stdout or a file.",
        footer = ExitCode.HELP)
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE atomically (temporary file, then rename). Default: stdout.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "turtle, ntriples, jsonld, rdfxml, trig or nquads. Default: by the extension of -o, else turtle. "
                    + "N-Triples and N-Quads are sorted. TriG and N-Quads add the record of the run as a named graph; "
                    + "with many inputs they hold one named graph per document.")
    String format;

    @Option(names = "--text-output", paramLabel = "FILE",
            description = "Also write the normalised source text that the offsets point into.")
    Path textOutput;

    @Option(names = "--no-validate", description = "Write the graph without validating it against the shapes.")
    boolean noValidate;

    @Option(names = "--fail-fast", description = "With many inputs: stop at the first document that fails "
            + "(the documents converted before it are still written).")
    boolean failFast;

    @Option(names = "--threads", paramLabel = "N", description = "With many inputs: documents converted at once. "
            + "Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RdfFormat rdfFormat = chosenFormat();
        if (input.isCorpus()) {
            return new CorpusRun(input, rdfFormat, output, noValidate, failFast, threads, spec.commandLine()).call();
        }
        Conversion c = input.convert(noValidate ? Converter.Validation.SKIP : Converter.Validation.VALIDATE,
                spec.commandLine().getErr());
        int verdict = InputOptions.verdict(c, spec.commandLine().getErr(), c.verdict() == Verdict.DOES_NOT_CONFORM
                ? "nothing written (use --no-validate to write it anyway)" : "nothing written");
        if (verdict != ExitCode.OK) {
            return verdict;
        }
        GraphWriter writer = new GraphWriter(rdfFormat);
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            if (rdfFormat.isQuads()) {
                writer.write(c.dataset(), buffer);
            } else {
                writer.write(c.graph(), buffer);
            }
            spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else if (rdfFormat.isQuads()) {
            Outputs.write(output, out -> writer.write(c.dataset(), out));
        } else {
            Outputs.write(output, out -> writer.write(c.graph(), out));
        }
        if (textOutput != null) {
            byte[] text = c.document().source().text().getBytes(StandardCharsets.UTF_8);
            Outputs.write(textOutput, out -> out.write(text));
        }
        return ExitCode.OK;
    }

    private RdfFormat chosenFormat() {
        if (format != null) {
            return RdfFormat.byName(format).orElseThrow(() -> new UsageException(
                    "unknown format '" + format + "'; expected turtle, ntriples, jsonld, rdfxml, trig or nquads"));
        }
        if (output != null) {
            return RdfFormat.byExtension(output.getFileName().toString()).orElse(RdfFormat.TURTLE);
        }
        return RdfFormat.TURTLE;
    }
}
