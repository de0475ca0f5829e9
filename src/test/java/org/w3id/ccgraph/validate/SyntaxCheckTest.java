package org.w3id.ccgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;

class SyntaxCheckTest {

    @Test
    void acceptsAFileBothParsersReadAlike(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.ttl");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> [ <http://example.org/c> \"d\"@da ] .\n");
        Graph jena = RdfReader.read(f, Lang.TURTLE);
        SyntaxCheck.check(f, Lang.TURTLE, jena);
    }

    @Test
    void reportsAGraphThatDiffersFromWhatRdf4jReads(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.ttl");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> \"1\" .\n");
        Graph jena = RdfReader.read(f, Lang.TURTLE);
        jena.add(Triple.create(NodeFactory.createURI("http://example.org/x"), NodeFactory.createURI("http://example.org/y"),
                NodeFactory.createLiteralString("z")));
        InputException e = assertThrows(InputException.class, () -> SyntaxCheck.check(f, Lang.TURTLE, jena));
        assertEquals(Title.PARSERS_DISAGREE, e.title());
    }

    @Test
    void reportsWhatRdf4jRejectsWithLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.nt");
        Files.writeString(f, "<http://example.org/a> <http://example.org/b> \"1\" .\n<http://example.org/a> <b> .\n");
        InputException e = assertThrows(InputException.class, () -> SyntaxCheck.check(f, Lang.NTRIPLES,
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
        assertEquals(Title.UNPARSEABLE_RDF, e.title());
        assertEquals(2, e.location().line());
    }
}
