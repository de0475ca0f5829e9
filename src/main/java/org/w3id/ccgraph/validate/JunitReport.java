package org.w3id.ccgraph.validate;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML, as CI dashboards read it: a {@code testsuite} per input, a {@code testcase} per focus node and
 * shape (a {@code failure} when a result reaches the threshold), a passing "conforms" case for an input
 * without results, an {@code error} case for an input that could not be read.
 */
final class JunitReport implements ReportFormat.Writer {

    @Override
    public void write(List<FileResult> results, Threshold threshold, OutputStream stream) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
        List<ResultRow> rows = ResultRow.of(results, threshold);
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"ccgraph validate\">");
        for (FileResult r : results) {
            Map<String, List<ResultRow>> cases = new LinkedHashMap<>();
            rows.stream().filter(row -> row.file().equals(r.name()))
                    .forEach(row -> cases.computeIfAbsent(row.focus() + "\u0000" + row.shape(), k -> new java.util.ArrayList<>()).add(row));
            long failures = cases.values().stream().filter(l -> l.stream().anyMatch(ResultRow::fails)).count();
            int tests = r.failed() ? 1 : Math.max(1, cases.size());
            out.printf("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">%n", xml(r.name()),
                    tests, failures, r.failed() ? 1 : 0, r.time().toMillis() / 1000.0);
            if (r.failed()) {
                out.printf("    <testcase classname=\"%s\" name=\"read\"><error type=\"%s\" message=\"%s\"/></testcase>%n",
                        xml(r.name()), xml(r.failure().title().text()), xml(r.failure().format()));
            } else if (cases.isEmpty()) {
                out.printf("    <testcase classname=\"%s\" name=\"conforms\"/>%n", xml(r.name()));
            }
            for (List<ResultRow> list : cases.values()) {
                ResultRow first = list.get(0);
                out.printf("    <testcase classname=\"%s\" name=\"%s %s\">%n", xml(r.name()), xml(first.shape()), xml(first.focus()));
                StringBuilder detail = new StringBuilder();
                for (ResultRow row : list) {
                    detail.append(row.severity()).append(": ").append(row.message()).append(" (path ").append(row.path())
                            .append(", value ").append(row.value()).append(")\n");
                }
                if (list.stream().anyMatch(ResultRow::fails)) {
                    out.printf("      <failure type=\"%s\" message=\"%s\">%s</failure>%n", xml(first.severity()),
                            xml(first.message()), xml(detail.toString()));
                } else {
                    out.printf("      <system-out>%s</system-out>%n", xml(detail.toString()));
                }
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        }
        out.println("</testsuites>");
        out.flush();
    }

    /** Escapes text for XML attributes and content; drops characters XML 1.0 cannot hold. */
    static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&apos;"); break;
                default:
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c > 0xFFFF) {
                        sb.appendCodePoint(c);
                    }
            }
        });
        return sb.toString();
    }
}
