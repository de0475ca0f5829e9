package org.w3id.ccgraph.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.extract.Extraction;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.validate.Threshold;

/**
 * The result of converting one document.
 *
 * @param document   the parsed document
 * @param extraction what the extractor found
 * @param content    the content graph of the document alone: deterministic for the same input
 * @param reference  the shared reference data it was built against (read only)
 * @param run        the record of this conversion run ({@code prov:Activity}), kept apart from the content
 * @param runIri     the IRI of the run, which names its graph in a dataset
 * @param report     the SHACL report, or null when validation was skipped
 */
public record Conversion(CouncilText document, Extraction extraction, Model content, Model reference, Model run, String runIri,
                         ValidationReport report) {

    /** A new model with the content and the reference data: what a single document publishes. */
    public Model graph() {
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefixes(content.getNsPrefixMap());
        return all.add(content).add(reference);
    }

    /** What the stages found without stopping: structure first, then extraction. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(document.diagnostics());
        all.addAll(extraction.diagnostics());
        return all;
    }

    /** Whether the structure checks found errors (such as a repeated number) that make the graph unfit to publish. */
    public boolean hasStructureErrors() {
        return document.diagnostics().stream().anyMatch(d -> d.severity() == org.w3id.ccgraph.Severity.ERROR);
    }

    /** Whether the graph may be published, and if not, why not. */
    public Verdict verdict() {
        if (hasStructureErrors()) {
            return Verdict.STRUCTURE_ERRORS;
        }
        if (report == null) {
            return Verdict.NOT_VALIDATED;
        }
        return conforms() ? Verdict.CONFORMS : Verdict.DOES_NOT_CONFORM;
    }

    /** Whether the graph was validated and has no violation (warnings and infos are allowed). */
    public boolean conforms() {
        return report != null && !Threshold.VIOLATION.isReachedBy(report);
    }

    /** The content as the default graph and the run record as a named graph. */
    public Dataset dataset() {
        Dataset ds = DatasetFactory.create(graph());
        ds.addNamedModel(runIri, run);
        ds.getDefaultModel().setNsPrefixes(content.getNsPrefixMap());
        return ds;
    }
}
