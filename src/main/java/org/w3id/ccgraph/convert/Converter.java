package org.w3id.ccgraph.convert;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.graph.GraphBuilder;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.ReferenceData;
import org.w3id.ccgraph.structure.ConclusionsDocument;
import org.w3id.ccgraph.structure.StructureParser;
import org.w3id.ccgraph.validate.ShapesLoader;
import org.w3id.ccgraph.validate.Validator;

/**
 * The whole pipeline in one call: text file to validated graph.
 *
 * <pre>{@code
 * Conversion c = Converter.create().base("https://example.org/").build().convert(Path.of("doc.txt"));
 * if (c.conforms()) { ... c.graph() ... }
 * }</pre>
 */
public final class Converter {

    /** Whether a conversion validates its graph. */
    public enum Validation { VALIDATE, SKIP }

    /** The path of the bundled document inside the project and the jar. */
    public static final String BUNDLED = "corpus/12862-19-da.txt";

    private final IriScheme scheme;
    private final String language;
    private final Validation validation;
    private final Shapes shapes;

    private Converter(Builder b) {
        this.scheme = b.scheme;
        this.language = b.language;
        this.validation = b.validation;
        this.shapes = b.validation == Validation.VALIDATE ? (b.shapes != null ? b.shapes : ShapesLoader.bundled()) : null;
    }

    /** A builder with the defaults: canonical base, language detected, validation on, bundled shapes. */
    public static Builder create() {
        return new Builder();
    }

    /** Reads and converts a file. */
    public Conversion convert(Path file) {
        return convert(new SourceReader().read(file));
    }

    /** Converts the document that ships with ccgraph. */
    public Conversion convertBundled() {
        return convert(bundledText());
    }

    /** The normalised text of the bundled document. */
    public static SourceText bundledText() {
        String name = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);
        return new SourceReader().read(name, BundledFiles.read(BUNDLED));
    }

    /** Converts a normalised text. */
    public Conversion convert(SourceText text) {
        StructureParser parser = new StructureParser();
        ConclusionsDocument doc = language == null ? parser.parse(text) : parser.parse(text, language);
        Model graph = new GraphBuilder(scheme).build(doc);
        graph.add(ReferenceData.load(scheme));
        ValidationReport report = validation == Validation.VALIDATE ? new Validator(shapes).validate(graph.getGraph()) : null;
        return new Conversion(doc, graph, report);
    }

    /** Settings of a converter; {@link #build()} makes an immutable one. */
    public static final class Builder {
        private IriScheme scheme = IriScheme.defaults();
        private String language;
        private Validation validation = Validation.VALIDATE;
        private Shapes shapes;

        private Builder() {
        }

        /** The base IRI of minted resources. */
        public Builder base(String base) {
            this.scheme = new IriScheme(base);
            return this;
        }

        /** The language of the input ("da", "en"); detected when not set. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** Whether to validate the graph. */
        public Builder validation(Validation validation) {
            this.validation = validation;
            return this;
        }

        /** Shapes to validate with instead of the bundled ones. */
        public Builder shapes(Shapes shapes) {
            this.shapes = shapes;
            return this;
        }

        /** The converter. */
        public Converter build() {
            return new Converter(this);
        }
    }
}
