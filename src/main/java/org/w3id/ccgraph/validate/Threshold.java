package org.w3id.ccgraph.validate;

import java.util.Locale;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ShaclPaths;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * The severity from which validation results fail a run: {@code violation} (the default), {@code warning}
 * or {@code info}. Results below the threshold are reported but do not fail.
 */
public enum Threshold {
    VIOLATION(3), WARNING(2), INFO(1);

    private final int level;

    Threshold(int level) {
        this.level = level;
    }

    /** The level of a SHACL severity: violation 3, warning 2, info 1, other (custom) severities 3. */
    public static int level(Severity severity) {
        if (Severity.Warning.equals(severity)) {
            return 2;
        }
        if (Severity.Info.equals(severity)) {
            return 1;
        }
        return 3;
    }

    /** Whether a result is at or above this threshold. */
    public boolean isReachedBy(ReportEntry entry) {
        return level(entry.severity()) >= level;
    }

    /** Whether any result of the report is at or above this threshold. */
    public boolean isReachedBy(ValidationReport report) {
        return report.getEntries().stream().anyMatch(this::isReachedBy);
    }

    /** The lower-case name used on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Makes the path of a result printable (used by the reports). */
    static String path(ReportEntry e) {
        return e.resultPath() == null ? "" : ShaclPaths.pathToString(e.resultPath());
    }
}
