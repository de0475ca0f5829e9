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
import org.eclipse.rdf4j.rio.RDFParser;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.eclipse.rdf4j.rio.helpers.XMLParserSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Location;
import org.w3id.ccgraph.Title;

/**
 * Cross-checks a file with a second parser: Eclipse RDF4J Rio must accept it too, and read the same graph
 * (up to blank node labels) as Jena did. A rejection is {@value RdfReader#UNPARSEABLE}; a difference is
 * {@value #Title.PARSERS_DISAGREE}.
 */
public final class SyntaxCheck {


    private SyntaxCheck() {
    }

    /** Parses the file with RDF4J Rio and compares with the graph Jena read; no JSON-LD context is fetched. */
    public static void check(Path file, Lang lang, Graph jena) {
        check(file, lang, jena, ContextLoader.Contexts.REFUSE);
    }

    /**
     * Parses the file with RDF4J Rio and compares with the graph Jena read. Rio reads nothing beyond the
     * file either: JSON-LD contexts only as {@code contexts} allows, and no external XML entity.
     */
    public static void check(Path file, Lang lang, Graph jena, ContextLoader.Contexts contexts) {
        RDFFormat format = Rio.getParserFormatForMIMEType(lang.getContentType().getContentTypeStr())
                .or(() -> Rio.getParserFormatForFileName(file.getFileName().toString()))
                .orElseThrow(() -> new InputException(Title.UNKNOWN_RDF_SYNTAX, Location.of(file.toString()),
                        "expected a syntax RDF4J Rio reads too, found " + lang.getLabel()));
        Model model;
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser parser = Rio.createParser(format);
            parser.getParserConfig().set(JSONLDSettings.DOCUMENT_LOADER, ContextLoader.forRio(contexts))
                    .set(JSONLDSettings.SECURE_MODE, false)
                    .set(XMLParserSettings.SECURE_PROCESSING, true)
                    .set(XMLParserSettings.LOAD_EXTERNAL_DTD, false)
                    .set(XMLParserSettings.EXTERNAL_GENERAL_ENTITIES, false)
                    .set(XMLParserSettings.EXTERNAL_PARAMETER_ENTITIES, false);
            model = new LinkedHashModel();
            parser.setRDFHandler(new StatementCollector(model));
            parser.parse(in, "");
        } catch (StackOverflowError e) {
            throw RdfReader.tooDeep(file, e);
        } catch (RDFParseException e) {
            throw new InputException(Title.UNPARSEABLE_RDF, new Location(file.toString(),
                    (int) Math.max(0, e.getLineNumber()), (int) Math.max(0, e.getColumnNumber())),
                    "expected valid " + format.getName() + " (RDF4J Rio): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(Title.UNREADABLE_INPUT, Location.of(file.toString()), "expected a readable file", e);
        } catch (RuntimeException e) {
            throw new InputException(Title.UNPARSEABLE_RDF, Location.of(file.toString()), "expected valid "
                    + format.getName() + ", but RDF4J Rio failed on it: " + e, e);
        }
        Graph rio = toJena(model);
        if (!rio.isIsomorphicWith(jena)) {
            throw new InputException(Title.PARSERS_DISAGREE, Location.of(file.toString()), "expected Jena RIOT and RDF4J Rio "
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
