package org.w3id.ccgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;

/** Java, the ontology and the data agree on ccgraph's own terms. */
class VocabularyDriftTest {

    private static final Model ONTOLOGY = ReferenceData.ontology();

    private static Set<String> declared() {
        Set<String> terms = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEach(r -> terms.add(r.getURI()));
        }
        return terms;
    }

    @Test
    void everyConstantOfTheCcgClassIsDeclaredInTheOntologyUnderItsOwnName() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Field f : CCG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() != String.class) {
                String iri = ((Resource) f.get(null)).getURI();
                assertEquals(CCG.NS + f.getName(), iri, "constant named as its local name");
                if (!declared().contains(iri)) {
                    missing.add(iri);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCcgTermUsedInTheConvertedGraphIsDeclared() {
        Model graph = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().graph();
        Set<String> used = new TreeSet<>();
        for (Statement s : graph.listStatements().toList()) {
            collect(used, s.getPredicate());
            if (s.getPredicate().equals(RDF.type)) {
                collect(used, s.getObject());
            }
        }
        used.removeAll(declared());
        assertEquals(Set.of(), used);
    }

    private static void collect(Set<String> used, RDFNode node) {
        if (node.isURIResource() && node.asResource().getURI().startsWith(CCG.NS)) {
            used.add(node.asResource().getURI());
        }
    }

    @Test
    void everyDeclaredTermHasEnglishAndDanishLabelsAndComments() {
        for (String iri : declared()) {
            Resource term = ONTOLOGY.createResource(iri);
            for (String lang : List.of("en", "da")) {
                assertTrue(term.listProperties(RDFS.label).toList().stream().anyMatch(s -> lang.equals(s.getLanguage())),
                        iri + " has no rdfs:label @" + lang);
                assertTrue(term.listProperties(RDFS.comment).toList().stream().anyMatch(s -> lang.equals(s.getLanguage())),
                        iri + " has no rdfs:comment @" + lang);
            }
        }
    }
}
