package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import org.w3id.ccgraph.convert.CorpusConverter;

/**
 * A progress bar on stderr for long runs — documents done, rate, time left — drawn only when ccgraph runs
 * in a terminal; in a pipe or a log it prints nothing.
 */
final class ProgressBar implements CorpusConverter.Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;

    ProgressBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A bar that draws when the process has a console. */
    static ProgressBar forConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null);
    }

    @Override
    public void update(int done, int failed, int total) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        int finished = done + failed;
        if (finished < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(finished, failed, total, (now - start) / 1e9));
        if (finished == total) {
            err.println();
        }
        err.flush();
    }

    /** The text of the bar, e.g. {@code [=====>    ] 512/1000 docs, 2 failed, 85.3 docs/s, 0:06 left}. */
    static String line(int finished, int failed, int total, double seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        StringBuilder bar = new StringBuilder("[");
        for (int i = 0; i < WIDTH; i++) {
            bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        double rate = seconds > 0 ? finished / seconds : 0;
        long left = rate > 0 ? Math.round((total - finished) / rate) : 0;
        return bar + "] " + finished + "/" + total + " docs" + (failed > 0 ? ", " + failed + " failed" : "")
                + String.format(java.util.Locale.ROOT, ", %.1f docs/s, %d:%02d left", rate, left / 60, left % 60);
    }
}
