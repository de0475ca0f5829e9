package org.w3id.ccgraph.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Validates graphs against one compiled set of shapes.
 *
 * <pre>{@code ValidationReport report = new Validator(ShapesLoader.bundled()).validate(graph);}</pre>
 */
public final class Validator {

    private final Shapes shapes;

    /** A validator for a set of shapes. */
    public Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The SHACL validation report of a graph; no inference is done. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
