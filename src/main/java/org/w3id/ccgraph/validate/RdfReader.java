package org.w3id.ccgraph.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;

/**
 * Reads an RDF file with Jena RIOT in the syntax its extension names (or a given one). A syntax error is
 * an {@link InputException} titled {@value #UNPARSEABLE} with the file, line and column the parser gives.
 */
public final class RdfReader {

    /** Title of a file that does not parse. */
    public static final String UNPARSEABLE = "UNPARSEABLE RDF";
    /** Title of a file whose syntax neither its extension nor --lang names. */
    public static final String UNKNOWN_SYNTAX = "UNKNOWN RDF SYNTAX";

    private RdfReader() {
    }

    /** The syntax of a file: the given one, else by extension; unknown is bad input. */
    public static Lang syntax(Path file, Lang given) {
        Lang lang = given != null ? given : RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new InputException(UNKNOWN_SYNTAX, Location.of(file.toString()),
                    "expected an RDF file extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl) or --lang");
        }
        return lang;
    }

    /** Reads a file into a new graph (quads: their union). */
    public static Graph read(Path file, Lang lang) {
        if (!Files.isReadable(file)) {
            throw new InputException("UNREADABLE INPUT", Location.of(file.toString()), "expected a readable file");
        }
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Strict(file.toString())).parse(graph);
        } catch (RiotException e) {
            throw new InputException(UNPARSEABLE, Location.of(file.toString()), "expected valid " + lang.getLabel()
                    + ": " + e.getMessage(), e);
        }
        return graph;
    }

    /** Turns the first error into an exception with its place. */
    private record Strict(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // warnings (e.g. unusual IRIs) do not stop a read
        }

        @Override
        public void error(String message, long line, long col) {
            fatal(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new InputException(UNPARSEABLE, new Location(file, (int) Math.max(0, line), (int) Math.max(0, col)),
                    "expected valid RDF: " + message);
        }
    }
}
