package org.w3id.ccgraph.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.io.CorpusWriter;

/**
 * Assembles many documents into one dataset, the one place where that is done: each publishable
 * conversion becomes a named graph (named by the document's IRI) with the record of its run beside it, and
 * the reference data a graph of its own. Conversions that may not be published ({@link Verdict}) are left
 * out and counted.
 *
 * <pre>{@code
 * CorpusAssembly.Outcome o = new CorpusAssembly(converter, 4, CorpusConverter.Failures.SKIP)
 *         .assemble(files, CorpusAssembly.into(dataset), c -> {}, (done, failed, total) -> {});
 * }</pre>
 */
public final class CorpusAssembly {

    /**
     * Where the graphs go. A target may refuse a graph with a {@link CcgraphException} (a store that does not
     * take it): that stops the assembly, and the outcome says so.
     */
    public interface Target {
        /** A graph of published content: a document's, or the reference data. */
        void content(String graph, Model model);

        /** The record of a conversion run. */
        void record(String graph, Model model);

        /** A document: its content graph, then the record of its run. */
        default void document(String graph, Model content, String runGraph, Model run) {
            content(graph, content);
            record(runGraph, run);
        }
    }

    /** A conversion left out, with its verdict. */
    public record Rejection(Conversion conversion, Verdict verdict) {
        /** The name of the source. */
        public String name() {
            return conversion.document().source().name();
        }
    }

    /**
     * What an assembly did.
     *
     * @param published documents in the dataset
     * @param rejected  documents converted but not publishable, in input order
     * @param failures  documents that could not be converted
     * @param stopped   whether the run stopped early: at the first failure, or when the target failed
     * @param halt      the failure of the target that stopped the run, or null
     */
    public record Outcome(int published, List<Rejection> rejected, List<CorpusConverter.Failure> failures,
                          boolean stopped, CcgraphException halt) {
        public Outcome {
            rejected = List.copyOf(rejected);
            failures = List.copyOf(failures);
        }
    }

    private final Converter converter;
    private final int threads;
    private final CorpusConverter.Failures policy;

    /** An assembly with its converter, thread count and failure policy. */
    public CorpusAssembly(Converter converter, int threads, CorpusConverter.Failures policy) {
        this.converter = converter;
        this.threads = threads;
        this.policy = policy;
    }

    /**
     * Converts the files and adds what may be published to the target, in input order, then the reference
     * data. {@code seen} hears every conversion first, publishable or not (to report its diagnostics).
     */
    public Outcome assemble(List<Path> files, Target target, Consumer<Conversion> seen,
                            CorpusConverter.Progress progress) throws Exception {
        List<Rejection> rejected = new ArrayList<>();
        int[] published = {0};
        CorpusConverter.Report report = new CorpusConverter(converter, threads, policy).run(files, (file, c) -> {
            seen.accept(c);
            Verdict v = c.verdict();
            if (!v.publishable()) {
                rejected.add(new Rejection(c, v));
                return;
            }
            target.document(converter.scheme().document(c.document()), c.content(), c.runIri(), c.run());
            published[0]++;
        }, progress);
        CcgraphException halt = report.halt();
        if (halt == null) {
            try {
                target.content(converter.scheme().referenceGraph(), converter.reference());
            } catch (CcgraphException e) {
                halt = e;
            }
        }
        return new Outcome(published[0], rejected, report.failures(), report.stopped() || halt != null, halt);
    }

    /** A target writing to a corpus writer (triple formats leave the run records out). */
    public static Target into(CorpusWriter writer) {
        return new Target() {
            @Override
            public void content(String graph, Model model) {
                writer.add(graph, model);
            }

            @Override
            public void record(String graph, Model model) {
                writer.addQuadsOnly(graph, model);
            }
        };
    }

    /**
     * A target filling a dataset with named graphs only, for a store whose default graph is the union of its
     * named graphs (such as TDB2's union default graph).
     */
    public static Target intoNamedGraphs(Dataset dataset) {
        return new Target() {
            @Override
            public void content(String graph, Model model) {
                dataset.addNamedModel(graph, model);
            }

            @Override
            public void record(String graph, Model model) {
                dataset.addNamedModel(graph, model);
            }
        };
    }

    /** A target filling a dataset: named graphs, and the union of the contents as its default graph. */
    public static Target into(Dataset dataset) {
        return new Target() {
            @Override
            public void content(String graph, Model model) {
                dataset.addNamedModel(graph, model);
                dataset.getDefaultModel().add(model);
            }

            @Override
            public void record(String graph, Model model) {
                dataset.addNamedModel(graph, model);
            }
        };
    }
}
