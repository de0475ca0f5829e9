package org.w3id.ccgraph.convert;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.document.SourceReader;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.extract.Extraction;
import org.w3id.ccgraph.extract.SpeechActExtractor;
import org.w3id.ccgraph.graph.GraphBuilder;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.PROV;
import org.w3id.ccgraph.graph.ReferenceData;
import org.w3id.ccgraph.graph.RunRecord;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Layout;
import org.w3id.ccgraph.structure.Language;
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
 *
 * A converter is immutable and may be shared between threads: conversions run in parallel.
 */
public final class Converter {

    /** Whether a conversion validates its graph. */
    public enum Validation { VALIDATE, SKIP }

    /** The folder of the bundled document inside the project and the jar. */
    public static final String CORPUS = "corpus";

    /** The reference data per base IRI, loaded once and only read afterwards, so threads may share it. */
    private static final Map<String, Model> REFERENCE = new ConcurrentHashMap<>();

    private final IriScheme scheme;
    private final Language language;
    private final Layout layout;
    private final Validation validation;
    private final Shapes shapes;
    private final Model reference;
    private final SpeechActExtractor extractor;

    private Converter(Builder b) {
        this.scheme = b.scheme;
        this.language = b.language;
        this.layout = b.layout;
        this.validation = b.validation;
        this.shapes = b.validation == Validation.VALIDATE ? (b.shapes != null ? b.shapes : ShapesLoader.bundled()) : null;
        this.reference = REFERENCE.computeIfAbsent(scheme.base(), k -> ReferenceData.load(scheme));
        this.extractor = new SpeechActExtractor(ReferenceData.actKinds(reference));
    }

    /** A builder with the defaults: canonical base, language detected, validation on, bundled shapes. */
    public static Builder create() {
        return new Builder();
    }

    /** The reference data (actors, instruments, concept schemes) under this converter's base; read only. */
    public Model reference() {
        return reference;
    }

    /** The IRI scheme of this converter. */
    public IriScheme scheme() {
        return scheme;
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
        java.util.List<String> names = BundledFiles.list(CORPUS, ".txt");
        if (names.size() != 1) {
            throw new IllegalStateException("expected one bundled document in " + CORPUS + "/, found " + names);
        }
        return new SourceReader().read(names.get(0), BundledFiles.read(CORPUS + "/" + names.get(0)));
    }

    /** Converts a normalised text. */
    public Conversion convert(SourceText text) {
        CouncilText doc = new StructureParser().parse(text, language, layout);
        Extraction extraction = extractor.extract(doc);
        Model content = new GraphBuilder(scheme, reference).build(doc, extraction);
        ValidationReport report = validation == Validation.VALIDATE
                ? new Validator(shapes).validate(new Union(content.getGraph(), reference.getGraph())) : null;
        Model run = RunRecord.of(scheme, doc);
        Resource activity = run.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, PROV.Activity).next();
        return new Conversion(doc, extraction, content, reference, run, activity.getURI(), report);
    }

    /** Settings of a converter; {@link #build()} makes an immutable one. */
    public static final class Builder {
        private IriScheme scheme = IriScheme.defaults();
        private Language language;
        private Layout layout;
        private Validation validation = Validation.VALIDATE;
        private Shapes shapes;

        private Builder() {
        }

        /** The base IRI of minted resources. */
        public Builder base(String base) {
            this.scheme = new IriScheme(base);
            return this;
        }

        /** The language of the input; recognised from the text when not set (null). */
        public Builder language(Language language) {
            this.language = language;
            return this;
        }

        /** The layout of the input; recognised from its first lines when not set (null). */
        public Builder layout(Layout layout) {
            this.layout = layout;
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
