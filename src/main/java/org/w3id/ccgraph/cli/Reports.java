package org.w3id.ccgraph.cli;

import java.io.PrintWriter;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Short printed summaries of validation reports. */
final class Reports {

    private Reports() {
    }

    /** One line per result, then a count. */
    static void summary(ValidationReport report, PrintWriter err) {
        for (ReportEntry e : report.getEntries()) {
            err.println(e.severity().level().getLocalName() + ": " + e.focusNode() + " "
                    + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        err.println(report.getEntries().size() + " validation result(s)");
        err.flush();
    }
}
