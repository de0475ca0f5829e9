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
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.w3id.ccgraph.BundledFiles;

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
        Model m = ModelFactory.createDefaultModel();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    files.filter(ShapesLoader::isRdf).sorted().forEach(f -> RDFDataMgr.read(m, f.toString()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            } else {
                RDFDataMgr.read(m, p.toString());
            }
        }
        return Shapes.parse(m.getGraph());
    }

    /** Whether a file name has an RDF extension Jena knows. */
    static boolean isRdf(Path f) {
        return org.apache.jena.riot.RDFLanguages.filenameToLang(f.getFileName().toString()) != null;
    }
}
