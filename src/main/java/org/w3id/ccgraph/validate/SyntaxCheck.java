package org.w3id.ccgraph.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFParseException;
import org.eclipse.rdf4j.rio.Rio;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;

/**
 * Cross-checks a file with a second parser: Eclipse RDF4J Rio must accept it too, and read the same graph
 * (up to blank node labels) as Jena did. A rejection is {@value RdfReader#UNPARSEABLE}; a difference is
 * {@value #PARSERS_DISAGREE}.
 */
public final class SyntaxCheck {

    /** Title of a file that the two parsers read differently. */
    public static final String PARSERS_DISAGREE = "PARSERS DISAGREE";

    private SyntaxCheck() {
    }

    /** Parses the file with RDF4J Rio and compares with the graph Jena read. */
    public static void check(Path file, Lang lang, Graph jena) {
        RDFFormat format = Rio.getParserFormatForMIMEType(lang.getContentType().getContentTypeStr())
                .or(() -> Rio.getParserFormatForFileName(file.getFileName().toString()))
                .orElseThrow(() -> new InputException(RdfReader.UNKNOWN_SYNTAX, Location.of(file.toString()),
                        "expected a syntax RDF4J Rio reads too, found " + lang.getLabel()));
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            model = Rio.parse(in, "", format);
        } catch (RDFParseException e) {
            throw new InputException(RdfReader.UNPARSEABLE, new Location(file.toString(),
                    (int) Math.max(0, e.getLineNumber()), (int) Math.max(0, e.getColumnNumber())),
                    "expected valid " + format.getName() + " (RDF4J Rio): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException("UNREADABLE INPUT", Location.of(file.toString()), "expected a readable file", e);
        }
        Graph rio = toJena(model);
        if (!rio.isIsomorphicWith(jena)) {
            throw new InputException(PARSERS_DISAGREE, Location.of(file.toString()), "expected Jena RIOT and RDF4J Rio "
                    + "to read the same graph, found " + jena.size() + " and " + rio.size() + " triples that differ");
        }
    }

    private static Graph toJena(Model model) {
        Graph g = GraphFactory.createDefaultGraph();
        Map<String, Node> blanks = new HashMap<>();
        for (Statement s : model) {
            g.add(Triple.create(node(s.getSubject(), blanks), node(s.getPredicate(), blanks), node(s.getObject(), blanks)));
        }
        return g;
    }

    private static Node node(Value v, Map<String, Node> blanks) {
        if (v instanceof IRI) {
            return NodeFactory.createURI(v.stringValue());
        }
        if (v instanceof BNode) {
            return blanks.computeIfAbsent(((BNode) v).getID(), k -> NodeFactory.createBlankNode());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(l.getLabel(), TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue()));
    }
}
