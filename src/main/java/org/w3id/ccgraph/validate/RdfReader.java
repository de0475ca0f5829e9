package org.w3id.ccgraph.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.util.Context;
import com.apicatalog.jsonld.JsonLdOptions;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * Reads an RDF file with Jena RIOT in the syntax its extension names (or a given one). A syntax error is
 * an {@link InputException} titled {@value #Title.UNPARSEABLE_RDF} with the file, line and column the parser gives.
 */
public final class RdfReader {


    private RdfReader() {
    }

    /** The syntax of a file: the given one, else by extension; unknown is bad input. */
    public static Lang syntax(Path file, Lang given) {
        Lang lang = given != null ? given : RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw new InputException(Title.UNKNOWN_RDF_SYNTAX, Location.of(file.toString()),
                    "expected an RDF file extension (.ttl, .nt, .nq, .trig, .jsonld, .rdf, .owl) or --lang");
        }
        return lang;
    }

    /** Reads a file into a new graph (quads: their union); JSON-LD contexts given by URL are refused. */
    public static Graph read(Path file, Lang lang) {
        return read(file, lang, ContextLoader.Contexts.REFUSE);
    }

    /** Reads a file into a new graph (quads: their union). */
    public static Graph read(Path file, Lang lang, ContextLoader.Contexts contexts) {
        Graph graph = GraphFactory.createDefaultGraph();
        read(file, lang, contexts, StreamRDFLib.graph(graph));
        return graph;
    }

    /**
     * Reads a file into a stream of triples or quads. Nothing beyond the file is read: no JSON-LD context
     * by URL unless {@code contexts} allows it (RDF/XML reads no external entity in any case). Data nested
     * deeper than the parser's stack allows is {@value #Title.NESTED_TOO_DEEPLY}, not a crash.
     */
    public static void read(Path file, Lang lang, ContextLoader.Contexts contexts, StreamRDF sink) {
        if (!Files.isReadable(file)) {
            throw new InputException(Title.UNREADABLE_INPUT, Location.of(file.toString()), "expected a readable file");
        }
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(ContextLoader.forJena(contexts)));
        try {
            RDFParser.source(file).lang(lang).context(context).errorHandler(new Strict(file.toString())).parse(sink);
        } catch (RiotException e) {
            throw new InputException(Title.UNPARSEABLE_RDF, Location.of(file.toString()), "expected valid " + lang.getLabel()
                    + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw tooDeep(file, e);
        } catch (InputException e) {
            throw e;
        } catch (RuntimeException e) {
            // a parser that trips over its own error message on bad input (seen: a %c of end-of-file) still
            // means that the input is not valid
            throw new InputException(Title.UNPARSEABLE_RDF, Location.of(file.toString()), "expected valid " + lang.getLabel()
                    + ", but the parser failed on it: " + e, e);
        }
    }

    /** The failure of data nested deeper than a parser or the validator can follow. */
    static InputException tooDeep(Path file, StackOverflowError e) {
        return new InputException(Title.NESTED_TOO_DEEPLY, Location.of(file.toString()), "expected nesting (blank nodes, lists, "
                + "JSON objects) that can be followed, found it deeper than the stack of the parser or validator allows", e);
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
            throw new InputException(Title.UNPARSEABLE_RDF, new Location(file, (int) Math.max(0, line), (int) Math.max(0, col)),
                    "expected valid RDF: " + message);
        }
    }
}
