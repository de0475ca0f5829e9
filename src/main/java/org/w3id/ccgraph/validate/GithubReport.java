package org.w3id.ccgraph.validate;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GitHub Actions workflow commands, one line per result: {@code ::error file=F,title=T::message}, with
 * {@code error} for results at or above the threshold, {@code warning} or {@code notice} below it; inputs
 * that could not be read give an error at their line and column.
 */
final class GithubReport implements ReportFormat.Writer {

    @Override
    public void write(List<FileResult> results, Threshold threshold, OutputStream stream) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        for (FileResult r : results) {
            if (r.failed()) {
                var at = r.failure().location();
                out.println("::error file=" + property(r.name()) + (at.line() > 0 ? ",line=" + at.line() : "")
                        + (at.column() > 0 ? ",col=" + at.column() : "") + ",title=" + property(r.failure().title().text())
                        + "::" + data(r.failure().getMessage()));
            }
        }
        for (ResultRow row : ResultRow.of(results, threshold)) {
            String level = row.fails() ? "error" : row.severity().equals("Info") ? "notice" : "warning";
            out.println("::" + level + " file=" + property(row.file()) + ",title=" + property(shortName(row.shape()))
                    + "::" + data(row.message() + " (focus " + row.focus() + (row.path().isEmpty() ? "" : ", path " + row.path())
                    + (row.value().isEmpty() ? "" : ", value " + row.value()) + ")"));
        }
        out.flush();
    }

    private static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** Escapes a message as GitHub's workflow commands require. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a property value as GitHub's workflow commands require. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
