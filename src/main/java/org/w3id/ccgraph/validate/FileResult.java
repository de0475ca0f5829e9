package org.w3id.ccgraph.validate;

import java.time.Duration;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.ccgraph.InputException;

/**
 * The outcome of validating one input (or the merged inputs): its report, or the failure that kept it
 * from being read.
 *
 * @param name    the file name as given, or a description of the merged or converted data
 * @param triples the size of the data graph, 0 when it could not be read
 * @param report  the SHACL report, null when the input could not be read
 * @param failure why the input could not be read, else null
 * @param time    how long reading and validating took
 */
public record FileResult(String name, long triples, ValidationReport report, InputException failure, Duration time) {

    /** Whether this input failed to read or parse. */
    public boolean failed() {
        return failure != null;
    }

    /** The number of results at exactly a SHACL severity level (3 violation, 2 warning, 1 info). */
    public long count(int level) {
        return report == null ? 0 : report.getEntries().stream().filter(e -> Threshold.level(e.severity()) == level).count();
    }

    /** Whether any result reaches the threshold. */
    public boolean fails(Threshold threshold) {
        return report != null && threshold.isReachedBy(report);
    }
}
