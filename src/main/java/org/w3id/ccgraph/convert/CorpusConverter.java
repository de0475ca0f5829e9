package org.w3id.ccgraph.convert;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.w3id.ccgraph.CcgraphException;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * Converts many documents in parallel on all cores and hands each result to a sink in input order, so
 * that output is deterministic and memory holds only the documents in flight (a window of twice the
 * number of threads), never the whole corpus. A document that fails is reported and skipped, unless the
 * policy is to stop at the first failure. A sink that fails with a {@link CcgraphException} (a store that
 * refuses the data) stops the run: the report carries that failure, and what was done before it.
 *
 * <pre>{@code
 * CorpusConverter.Report r = new CorpusConverter(converter, 4, Failures.SKIP).run(files, sink, progress);
 * }</pre>
 */
public final class CorpusConverter {

    /** What to do when a document fails. */
    public enum Failures { SKIP, STOP }

    /** Receives each converted document, in input order, on one thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(Path input, Conversion conversion) throws Exception;
    }

    /** Hears how far the run is. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int failed, int total);
    }

    /** A document that could not be converted. */
    public record Failure(Path input, CcgraphException error) {
    }

    /**
     * The outcome of a run: how many documents converted, which failed, whether the run stopped early, and
     * the failure of the sink that stopped it (null when none did).
     */
    public record Report(int converted, List<Failure> failures, boolean stopped, CcgraphException halt) {
        public Report {
            failures = List.copyOf(failures);
        }
    }

    private final Converter converter;
    private final int threads;
    private final Failures policy;

    /** A corpus converter with its document converter, thread count (at least 1) and failure policy. */
    public CorpusConverter(Converter converter, int threads, Failures policy) {
        this.converter = converter;
        this.threads = Math.max(1, threads);
        this.policy = policy;
    }

    /** Converts the inputs; the sink sees each success in input order. */
    public Report run(List<Path> inputs, Sink sink, Progress progress) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ccgraph-convert");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Conversion>> window = new ArrayDeque<>();
        Deque<Path> pending = new ArrayDeque<>();
        List<Failure> failures = new ArrayList<>();
        int converted = 0;
        int next = 0;
        boolean stopped = false;
        CcgraphException halt = null;
        try {
            while (next < inputs.size() || !window.isEmpty()) {
                while (!stopped && next < inputs.size() && window.size() < 2 * threads) {
                    Path input = inputs.get(next++);
                    pending.add(input);
                    window.add(pool.submit(() -> converter.convert(input)));
                }
                if (window.isEmpty()) {
                    break;
                }
                Path input = pending.poll();
                try {
                    sink.accept(input, window.poll().get());
                    converted++;
                } catch (ExecutionException e) {
                    failures.add(new Failure(input, asFailure(input, e.getCause())));
                    if (policy == Failures.STOP) {
                        stopped = true;
                    }
                } catch (CcgraphException e) {
                    halt = e;
                    stopped = true;
                }
                if (stopped) {
                    window.forEach(f -> f.cancel(true));
                    window.clear();
                    pending.clear();
                }
                progress.update(converted, failures.size(), inputs.size());
            }
        } finally {
            pool.shutdownNow();
        }
        return new Report(converted, failures, stopped, halt);
    }

    private static CcgraphException asFailure(Path input, Throwable cause) {
        if (cause instanceof CcgraphException) {
            return (CcgraphException) cause;
        }
        return new InputException(Title.CONVERSION_FAILED, Location.of(input.toString()),
                "expected a convertible Council document: " + cause, cause);
    }
}
