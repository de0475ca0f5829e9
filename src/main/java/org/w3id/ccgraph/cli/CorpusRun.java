package org.w3id.ccgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.convert.Conversion;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.CorpusConverter;
import org.w3id.ccgraph.graph.Prefixes;
import org.w3id.ccgraph.io.AtomicFile;
import org.w3id.ccgraph.io.CorpusWriter;
import org.w3id.ccgraph.io.RdfFormat;
import picocli.CommandLine;

/**
 * {@code convert} over many documents: converted in parallel, each written as it completes (in input
 * order) into one dataset, a bad document reported and skipped (or the run stopped with --fail-fast), a
 * summary at the end. The output file is written atomically and holds every document that converted.
 */
final class CorpusRun implements Callable<Integer> {

    private final InputOptions input;
    private final RdfFormat format;
    private final Path output;
    private final boolean noValidate;
    private final boolean failFast;
    private final int threads;
    private final CommandLine cl;
    private final List<String> rejected = new ArrayList<>();

    CorpusRun(InputOptions input, RdfFormat format, Path output, boolean noValidate, boolean failFast, int threads,
              CommandLine cl) {
        this.input = input;
        this.format = format;
        this.output = output;
        this.noValidate = noValidate;
        this.failFast = failFast;
        this.threads = threads;
        this.cl = cl;
    }

    @Override
    public Integer call() throws Exception {
        List<Path> files = input.files();
        if (files.isEmpty()) {
            throw new InputException("NO DOCUMENTS", Location.of(String.join(" ", input.inputs)),
                    "expected Council documents (.txt files) in the folders given, found none");
        }
        Converter converter = input.converter(noValidate ? Converter.Validation.SKIP : Converter.Validation.VALIDATE);
        CorpusConverter corpus = new CorpusConverter(converter, threads,
                failFast ? CorpusConverter.Failures.STOP : CorpusConverter.Failures.SKIP);
        PrintWriter err = cl.getErr();
        CorpusConverter.Report[] report = new CorpusConverter.Report[1];
        AtomicFile.Content content = out -> {
            try (CorpusWriter writer = new CorpusWriter(out, format, Prefixes.of(converter.scheme()))) {
                report[0] = corpus.run(files, (file, c) -> write(writer, converter, c, err), ProgressBar.forConsole(err));
                writer.add(converter.scheme().referenceGraph(), converter.reference());
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
        if (output == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            content.writeTo(buffer);
            cl.getOut().print(buffer.toString(StandardCharsets.UTF_8));
            cl.getOut().flush();
        } else {
            Outputs.write(output, content);
        }
        return summary(report[0], err);
    }

    private void write(CorpusWriter writer, Converter converter, Conversion c, PrintWriter err) {
        String name = c.document().source().name();
        if (input.verbose) {
            err.println(name + ": " + c.document().detection());
        }
        for (Diagnostic d : c.diagnostics()) {
            err.println(d.format());
        }
        if (c.hasStructureErrors()) {
            rejected.add(name + ": error: STRUCTURE ERRORS: skipped");
            return;
        }
        if (!noValidate && !c.conforms()) {
            rejected.add(name + ": error: DOES NOT CONFORM: " + c.report().getEntries().size()
                    + " validation result(s); skipped (see ccgraph validate " + name + ")");
            return;
        }
        writer.add(converter.scheme().document(c.document()),
                c.content());
        writer.addQuadsOnly(c.runIri(), c.run());
    }

    private int summary(CorpusConverter.Report r, PrintWriter err) {
        for (CorpusConverter.Failure f : r.failures()) {
            err.println(f.error().format());
        }
        rejected.forEach(err::println);
        int written = r.converted() - rejected.size();
        err.println("ccgraph: " + written + " document(s) written, " + r.failures().size() + " unreadable, "
                + rejected.size() + " rejected" + (r.stopped() ? "; stopped at the first failure (--fail-fast)" : ""));
        err.flush();
        if (!r.failures().isEmpty() || rejected.stream().anyMatch(s -> s.contains("STRUCTURE ERRORS"))) {
            return ExitCode.BAD_INPUT;
        }
        return rejected.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }
}
