package org.w3id.ccgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.w3id.ccgraph.Title;

/**
 * Standard output as the commands write it: UTF-8, and a writer that remembers why a write failed. A
 * {@link PrintWriter} swallows write errors, so a full disk or a closed pipe behind {@code >} would pass
 * with exit code 0 and a truncated file; {@link #check} turns any such error into WRITE FAILED.
 */
final class StandardOutput extends PrintWriter {

    private final Recorder recorder;

    private StandardOutput(Recorder recorder) {
        super(recorder, false);
        this.recorder = recorder;
    }

    /** The process's standard output, in UTF-8. */
    static StandardOutput open() {
        return new StandardOutput(new Recorder(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8)));
    }

    /**
     * Flushes {@code out}; if any write to it failed, prints one WRITE FAILED line on {@code err} and returns
     * the internal-error exit code, else {@code code}.
     */
    static int check(PrintWriter out, PrintWriter err, int code) {
        if (!out.checkError()) {
            return code;
        }
        IOException cause = out instanceof StandardOutput s ? s.recorder.failure : null;
        err.println("<stdout>: error: " + Title.WRITE_FAILED + ": expected to write the output to standard output, but "
                + (cause != null && cause.getMessage() != null ? cause.getMessage() : "the stream refused it")
                + "; what was written there is incomplete");
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** Passes everything on and keeps the first exception. */
    private static final class Recorder extends FilterWriter {
        private IOException failure;

        Recorder(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            try {
                super.write(c);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                super.write(cbuf, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                super.write(str, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                super.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
