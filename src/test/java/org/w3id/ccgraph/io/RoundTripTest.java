package org.w3id.ccgraph.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.ccgraph.convert.Converter;

/** Every format convert writes is read back by RDF4J Rio as the same graph Jena holds. */
class RoundTripTest {

    private static Model graph;
    private static org.eclipse.rdf4j.model.Model reference;

    @BeforeAll
    static void convert() throws Exception {
        graph = Converter.create().build().convertBundled().graph();
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        new GraphWriter(RdfFormat.NTRIPLES).write(graph, nt);
        reference = Rio.parse(new ByteArrayInputStream(nt.toByteArray()), "", RDFFormat.NTRIPLES);
    }

    @ParameterizedTest
    @EnumSource(org.w3id.ccgraph.io.RdfFormat.class)
    void rdf4jReadsItBackIsomorphicToJenasGraph(org.w3id.ccgraph.io.RdfFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphWriter(format).write(graph, out);
        RDFFormat rioFormat = Rio.getParserFormatForMIMEType(format.mediaType()).orElseThrow();
        org.eclipse.rdf4j.model.Model parsed = Rio.parse(new ByteArrayInputStream(out.toByteArray()),
                "http://example.org/", rioFormat);
        List<org.eclipse.rdf4j.model.Statement> triples = new ArrayList<>();
        parsed.forEach(s -> triples.add(org.eclipse.rdf4j.model.util.Values.getValueFactory()
                .createStatement(s.getSubject(), s.getPredicate(), s.getObject())));
        assertTrue(Models.isomorphic(reference, triples), format + " differs after the round trip");
    }
}
