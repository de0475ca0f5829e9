package org.w3id.ccgraph.validate;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report for people: per input a summary line, then its results grouped by shape, then the totals. */
final class TextReport implements ReportFormat.Writer {

    @Override
    public void write(List<FileResult> results, Threshold threshold, OutputStream stream) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<ResultRow> rows = ResultRow.of(results, threshold);
        long millis = 0;
        for (FileResult r : results) {
            millis += r.time().toMillis();
            out.println(Summary.line(r, threshold));
            Map<String, List<ResultRow>> byShape = new LinkedHashMap<>();
            rows.stream().filter(row -> row.file().equals(r.name()))
                    .forEach(row -> byShape.computeIfAbsent(row.shape(), k -> new java.util.ArrayList<>()).add(row));
            byShape.forEach((shape, list) -> {
                out.println("  shape " + shape + " (" + list.size() + ")");
                for (ResultRow row : list) {
                    out.println("    " + row.severity() + ": " + row.message());
                    out.println("      focus: " + row.focus() + (row.path().isEmpty() ? "" : "  path: " + row.path())
                            + (row.value().isEmpty() ? "" : "  value: " + row.value()));
                }
            });
        }
        out.println(Summary.totals(results, threshold) + " in " + millis + " ms");
        out.flush();
    }
}
