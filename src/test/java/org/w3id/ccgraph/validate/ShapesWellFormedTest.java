package org.w3id.ccgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.graph.ReferenceData;

/** The shapes are code: they pass SHACL-for-SHACL, and every ccg: term they and the queries use is declared. */
class ShapesWellFormedTest {

    @Test
    void ourShapesConformToTheW3cShaclForShaclShapes() {
        Model shsh = ModelFactory.createDefaultModel();
        RDFParser.source(new java.io.ByteArrayInputStream(BundledFiles.read("std/shacl-shacl.ttl"))).lang(Lang.TURTLE).parse(shsh);
        Graph ours = ShapesLoader.bundledGraph();
        ValidationReport report = new Validator(Shapes.parse(shsh.getGraph())).validate(ours);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
        assertTrue(ours.size() > 300, "shapes loaded: " + ours.size());
    }

    @Test
    void everyCcgTermInShapesAndQueriesIsDeclaredInTheOntology() throws IOException {
        Model ontology = ReferenceData.ontology();
        Set<String> declared = new TreeSet<>();
        for (var type : java.util.List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(r -> declared.add(r.getLocalName()));
        }
        Set<String> used = new TreeSet<>();
        Pattern term = Pattern.compile("ccg:([A-Za-z][A-Za-z0-9_]*)");
        for (String folder : java.util.List.of("shapes", "queries")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path f : files.toList()) {
                    Matcher m = term.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        used.removeAll(declared);
        assertEquals(Set.of(), used);
    }
}
