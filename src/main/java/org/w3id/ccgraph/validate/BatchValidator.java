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
 * BatchValidator v = new BatchValidator(ShapesLoader.bundled(), null, BatchValidator.CrossCheck.OFF);
 * List<FileResult> results = files.stream().map(v::validate).toList();
 * }</pre>
 */
public final class BatchValidator {

    /** Whether each file is also parsed with RDF4J Rio and compared. */
    public enum CrossCheck { ON, OFF }

    private final Validator validator;
    private final Lang lang;
    private final CrossCheck crossCheck;

    /** A validator for the shapes; {@code lang} forces a syntax (null: by extension). */
    public BatchValidator(Shapes shapes, Lang lang, CrossCheck crossCheck) {
        this.validator = new Validator(shapes);
        this.lang = lang;
        this.crossCheck = crossCheck;
    }

    /** Reads and validates one file. */
    public FileResult validate(Path file) {
        long start = System.nanoTime();
        try {
            Graph graph = read(file);
            return validate(file.toString(), graph, start);
        } catch (InputException e) {
            return new FileResult(file.toString(), 0, null, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Validates a graph that is already in memory (a converted document). */
    public FileResult validate(String name, Graph graph) {
        return validate(name, graph, System.nanoTime());
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
            }
        }
        failures.add(validate("merged (" + (files.size() - failures.size()) + " files)", union, start));
        return failures;
    }

    private Graph read(Path file) {
        Lang syntax = RdfReader.syntax(file, lang);
        Graph graph = RdfReader.read(file, syntax);
        if (crossCheck == CrossCheck.ON) {
            SyntaxCheck.check(file, syntax, graph);
        }
        return graph;
    }

    private FileResult validate(String name, Graph graph, long start) {
        var report = validator.validate(graph);
        return new FileResult(name, graph.size(), report, null, Duration.ofNanos(System.nanoTime() - start));
    }
}
