package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.convert.CorpusAssembly;
import org.w3id.ccgraph.convert.CorpusConverter;
import org.w3id.ccgraph.io.RemoteCorpus;
import org.w3id.ccgraph.io.RemoteStore;

/**
 * {@code load} over many documents: converted in parallel, each document put into the named graph of its
 * IRI (with its run record and, at the end, the reference data: the graphs of {@code convert -o corpus.nq})
 * as it completes, skipping those the store holds already ({@link RemoteCorpus}), a bad document reported
 * and left out, a summary at the end. A store that fails stops the run; a rerun resumes it.
 */
final class CorpusLoad {

    private final InputOptions input;
    private final RemoteStore store;
    private final int threads;
    private final boolean failFast;

    CorpusLoad(InputOptions input, RemoteStore store, int threads, boolean failFast) {
        this.input = input;
        this.store = store;
        this.threads = threads;
        this.failFast = failFast;
    }

    /** Loads the documents; returns the exit code. */
    int run(PrintWriter err) throws Exception {
        List<Path> files = input.files(err);
        if (files.isEmpty()) {
            throw new InputException(Title.NO_DOCUMENTS, Location.of(String.join(" ", input.inputs)),
                    "expected Council documents (.txt files) in the folders given, found none");
        }
        Converter converter = input.converter(Converter.Validation.VALIDATE);
        RemoteCorpus corpus = new RemoteCorpus(store);
        int[] counts = new int[RemoteCorpus.Result.values().length];
        CorpusAssembly.Target target = new CorpusAssembly.Target() {
            @Override
            public void content(String graph, Model model) {
                corpus.load(RemoteCorpus.Part.of(graph, model));
            }

            @Override
            public void record(String graph, Model model) {
                throw new IllegalStateException("a run record is loaded with its document");
            }

            @Override
            public void document(String graph, Model content, String runGraph, Model run) {
                counts[corpus.load(new RemoteCorpus.Part(graph, content, runGraph, run)).ordinal()]++;
            }
        };
        corpus.begin();
        CorpusAssembly.Outcome o;
        try {
            o = new CorpusAssembly(converter, threads,
                    failFast ? CorpusConverter.Failures.STOP : CorpusConverter.Failures.SKIP)
                    .assemble(files, target, c -> input.report(c, err), ProgressBar.forConsole(err));
        } finally {
            try {
                corpus.end();
            } catch (RuntimeException e) {
                // The failure that stopped the run (a store gone away) is reported by itself; this one only warns.
                err.println("ccgraph: warning: the mark that a load is under way (" + RemoteCorpus.LOADING + ") is still "
                        + "in the store, so a server in front of it publishes this load after the next one: "
                        + e.getMessage());
                err.flush();
            }
        }
        return CorpusRun.summary(o, err, counts[RemoteCorpus.Result.LOADED.ordinal()] + " document(s) loaded, "
                + counts[RemoteCorpus.Result.SKIPPED.ordinal()] + " skipped (the store holds them already)", "not loaded");
    }
}
