package org.w3id.ccgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.CorpusAssembly;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.CorpusConverter;
import org.w3id.ccgraph.convert.Verdict;
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
        List<Path> files = input.files(cl.getErr());
        if (files.isEmpty()) {
            throw new InputException(Title.NO_DOCUMENTS, Location.of(String.join(" ", input.inputs)),
                    "expected Council documents (.txt files) in the folders given, found none");
        }
        Converter converter = input.converter(noValidate ? Converter.Validation.SKIP : Converter.Validation.VALIDATE);
        CorpusAssembly assembly = new CorpusAssembly(converter, threads,
                failFast ? CorpusConverter.Failures.STOP : CorpusConverter.Failures.SKIP);
        PrintWriter err = cl.getErr();
        CorpusAssembly.Outcome[] outcome = new CorpusAssembly.Outcome[1];
        AtomicFile.Content content = out -> {
            try (CorpusWriter writer = new CorpusWriter(out, format, Prefixes.of(converter.scheme()))) {
                outcome[0] = assembly.assemble(files, CorpusAssembly.into(writer), c -> input.report(c, err),
                        ProgressBar.forConsole(err));
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
        return summary(outcome[0], err, outcome[0].published() + " document(s) written", "skipped");
    }

    /**
     * Prints the failures, the rejections, the failure that stopped the run, and a line with what was done
     * ({@code done}, e.g. "12 document(s) written") and the counts; returns the exit code of the whole run.
     */
    static int summary(CorpusAssembly.Outcome o, PrintWriter err, String done, String notDone) {
        for (CorpusConverter.Failure f : o.failures()) {
            err.println(f.error().format());
        }
        for (CorpusAssembly.Rejection r : o.rejected()) {
            err.println(InputOptions.refusal(r.conversion(), notDone
                    + (r.verdict() == Verdict.DOES_NOT_CONFORM ? " (see ccgraph validate " + r.name() + ")" : "")).format());
        }
        if (o.halt() != null) {
            err.println(o.halt().format());
        }
        err.println("ccgraph: " + done + ", " + o.failures().size() + " unreadable, " + o.rejected().size() + " rejected"
                + (o.halt() != null ? "; stopped at the failure above, the documents after it were not done"
                        : o.stopped() ? "; stopped at the first failure (--fail-fast)" : ""));
        err.flush();
        return ExitCode.of(o);
    }
}
