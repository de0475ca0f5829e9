package org.w3id.ccgraph.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * One validation result as the reports print it: every field as text.
 *
 * @param file      the input it belongs to
 * @param focus     the focus node
 * @param path      the result path, or "" for node constraints
 * @param value     the offending value, or ""
 * @param severity  Violation, Warning or Info
 * @param shape     the source shape
 * @param component the constraint component
 * @param message   the message
 * @param fails     whether it reaches the threshold of the run
 */
public record ResultRow(String file, String focus, String path, String value, String severity, String shape,
                        String component, String message, boolean fails) {

    /** The rows of a run's results, file by file, in report order. */
    public static List<ResultRow> of(List<FileResult> results, Threshold threshold) {
        List<ResultRow> rows = new ArrayList<>();
        for (FileResult r : results) {
            if (r.report() == null) {
                continue;
            }
            for (ReportEntry e : r.report().getEntries()) {
                rows.add(new ResultRow(r.name(), text(e.focusNode()), Threshold.path(e), text(e.value()),
                        e.severity().level().getLocalName(), text(e.source()), text(e.sourceConstraintComponent()),
                        e.message() == null ? "" : e.message(), threshold.isReachedBy(e)));
            }
        }
        rows.sort(java.util.Comparator.comparing(ResultRow::file).thenComparing(ResultRow::shape)
                .thenComparing(ResultRow::focus).thenComparing(ResultRow::path).thenComparing(ResultRow::value));
        return rows;
    }

    /** An IRI as itself, a literal in N-Triples form, a blank node as _:label; null as "". */
    static String text(Node n) {
        if (n == null) {
            return "";
        }
        return n.isURI() ? n.getURI() : NodeFmtLib.strNT(n);
    }
}
