package org.w3id.ccgraph.validate;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.Title;

/** Loads SHACL shapes: the bundled set in shapes/, or files and folders given by the user. */
public final class ShapesLoader {

    /** The folder of the shapes inside the project and the jar. */
    public static final String FOLDER = "shapes";

    private ShapesLoader() {
    }

    /** The bundled shapes (every Turtle file in shapes/) as one graph. */
    public static Graph bundledGraph() {
        Model m = ModelFactory.createDefaultModel();
        for (String name : BundledFiles.list(FOLDER, ".ttl")) {
            RDFParser.source(new ByteArrayInputStream(BundledFiles.read(FOLDER + "/" + name)))
                    .lang(Lang.TURTLE).parse(m);
        }
        return m.getGraph();
    }

    /** The bundled shapes, compiled. */
    public static Shapes bundled() {
        return Shapes.parse(bundledGraph());
    }

    /** Shapes from files or folders (every RDF file in a folder), compiled as one set. */
    public static Shapes from(List<Path> paths) {
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (Path p : paths) {
            List<Path> files;
            if (Files.isDirectory(p)) {
                try (Stream<Path> all = Files.list(p)) {
                    files = all.filter(ShapesLoader::isRdf).sorted().toList();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else if (Files.exists(p)) {
                files = List.of(p);
            } else {
                throw new InputException(Title.NO_SUCH_FILE, Location.of(p.toString()), "expected an existing shapes file or folder");
            }
            for (Path f : files) {
                RdfReader.read(f, RdfReader.syntax(f, null)).find().forEachRemaining(graph::add);
            }
        }
        try {
            return Shapes.parse(graph);
        } catch (org.apache.jena.shacl.parser.ShaclParseException e) {
            throw new InputException(Title.UNPARSEABLE_SHAPES, Location.of(paths.toString()),
                    "expected well-formed SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** Whether a file name has an RDF extension Jena knows. */
    static boolean isRdf(Path f) {
        return org.apache.jena.riot.RDFLanguages.filenameToLang(f.getFileName().toString()) != null;
    }
}
