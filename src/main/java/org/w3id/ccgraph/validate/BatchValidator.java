package org.w3id.ccgraph.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.ccgraph.InputException;

/**
 * Validates RDF files one at a time (memory holds one file), or their union. A file that cannot be read
 * becomes a failed {@link FileResult}, so one bad file never hides the results of the others.
 *
 * <pre>{@code
 * BatchValidator v = BatchValidator.create(ShapesLoader.bundled()).crossCheck(BatchValidator.CrossCheck.ON).build();
 * List<FileResult> results = files.stream().map(v::validate).toList();
 * }</pre>
 */
public final class BatchValidator {

    /** Whether each file is also parsed with RDF4J Rio and compared. */
    public enum CrossCheck { ON, OFF }

    private final Validator validator;
    private final Lang lang;
    private final CrossCheck crossCheck;
    private final ContextLoader.Contexts contexts;

    private BatchValidator(Builder b) {
        this.validator = new Validator(b.shapes);
        this.lang = b.lang;
        this.crossCheck = b.crossCheck;
        this.contexts = b.contexts;
    }

    /** A validator for the shapes: syntax by extension, no cross-check, JSON-LD contexts by URL refused. */
    public static Builder create(Shapes shapes) {
        return new Builder(shapes);
    }

    /**
     * Reads and validates one file. A file that cannot be read, or that is nested deeper than the parser or
     * the validator can follow, becomes a failed result and the batch goes on.
     */
    public FileResult validate(Path file) {
        long start = System.nanoTime();
        try {
            Graph graph = read(file);
            return validate(file.toString(), graph, start);
        } catch (InputException e) {
            return new FileResult(file.toString(), 0, null, e, Duration.ofNanos(System.nanoTime() - start));
        } catch (StackOverflowError e) {
            return new FileResult(file.toString(), 0, null, RdfReader.tooDeep(file, e),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Validates a graph that is already in memory (a converted document). */
    public FileResult validate(String name, Graph graph) {
        long start = System.nanoTime();
        try {
            return validate(name, graph, start);
        } catch (StackOverflowError e) {
            return new FileResult(name, graph.size(), null, RdfReader.tooDeep(Path.of(name), e),
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Validates the union of the files; unreadable files are reported and left out. */
    public List<FileResult> merged(List<Path> files) {
        long start = System.nanoTime();
        Graph union = GraphFactory.createDefaultGraph();
        List<FileResult> failures = new java.util.ArrayList<>();
        for (Path f : files) {
            try {
                read(f).find().forEachRemaining(union::add);
            } catch (InputException e) {
                failures.add(new FileResult(f.toString(), 0, null, e, Duration.ZERO));
            } catch (StackOverflowError e) {
                failures.add(new FileResult(f.toString(), 0, null, RdfReader.tooDeep(f, e), Duration.ZERO));
            }
        }
        failures.add(validate("merged (" + (files.size() - failures.size()) + " files)", union, start));
        return failures;
    }

    private Graph read(Path file) {
        Lang syntax = RdfReader.syntax(file, lang);
        Graph graph = RdfReader.read(file, syntax, contexts);
        if (crossCheck == CrossCheck.ON) {
            SyntaxCheck.check(file, syntax, graph, contexts);
        }
        return graph;
    }

    private FileResult validate(String name, Graph graph, long start) {
        var report = validator.validate(graph);
        return new FileResult(name, graph.size(), report, null, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Settings of a batch validator. */
    public static final class Builder {
        private final Shapes shapes;
        private Lang lang;
        private CrossCheck crossCheck = CrossCheck.OFF;
        private ContextLoader.Contexts contexts = ContextLoader.Contexts.REFUSE;

        private Builder(Shapes shapes) {
            this.shapes = shapes;
        }

        /** The syntax of every input; null (the default) takes it from each file's extension. */
        public Builder syntax(Lang lang) {
            this.lang = lang;
            return this;
        }

        /** Whether each file is also parsed with RDF4J Rio and compared. */
        public Builder crossCheck(CrossCheck crossCheck) {
            this.crossCheck = crossCheck;
            return this;
        }

        /** Whether JSON-LD contexts given by URL are fetched. */
        public Builder contexts(ContextLoader.Contexts contexts) {
            this.contexts = contexts;
            return this;
        }

        /** The validator. */
        public BatchValidator build() {
            return new BatchValidator(this);
        }
    }
}
