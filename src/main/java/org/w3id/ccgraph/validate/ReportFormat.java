package org.w3id.ccgraph.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The formats of validation reports. */
public enum ReportFormat {
    /** Grouped by shape, for people. */
    TEXT(new TextReport()),
    /** The standard SHACL validation report graph(s), in Turtle. */
    TURTLE(new TurtleReport()),
    /** One object per result, for scripts. */
    JSON(new JsonReport()),
    /** JUnit XML: a test suite per file, a test case per focus node and shape, for CI dashboards. */
    JUNIT(new JunitReport()),
    /** GitHub Actions workflow commands ({@code ::error file=...::message}). */
    GITHUB(new GithubReport());

    /** What writes one format. */
    interface Writer {
        void write(List<FileResult> results, Threshold threshold, OutputStream out) throws IOException;
    }

    private final Writer writer;

    ReportFormat(Writer writer) {
        this.writer = writer;
    }

    /** Writes the results of a run in this format. */
    public void write(List<FileResult> results, Threshold threshold, OutputStream out) throws IOException {
        writer.write(results, threshold, out);
        out.flush();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
