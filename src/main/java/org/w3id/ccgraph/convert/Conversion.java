package org.w3id.ccgraph.convert;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.structure.ConclusionsDocument;

/**
 * The result of converting one document.
 *
 * @param document the parsed document
 * @param graph    the content graph with the reference data
 * @param report   the SHACL report, or null when validation was skipped
 */
public record Conversion(ConclusionsDocument document, Model graph, ValidationReport report) {

    /** What the stages found without stopping. */
    public List<Diagnostic> diagnostics() {
        return document.diagnostics();
    }

    /** Whether the graph was validated and conforms. */
    public boolean conforms() {
        return report != null && report.conforms();
    }
}
