package org.w3id.ccgraph.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.PROV;

/** A conversion is a function of its input: the same input gives the same content and the same run record. */
class ConverterTest {

    @Test
    void convertingTheSameInputTwiceGivesTheSameRunUnderTheSameIri() {
        Converter converter = Converter.create().validation(Converter.Validation.SKIP).build();
        Conversion first = converter.convertBundled();
        Conversion second = converter.convertBundled();
        assertEquals(first.runIri(), second.runIri());
        assertTrue(first.run().isIsomorphicWith(second.run()));
        assertTrue(first.content().isIsomorphicWith(second.content()));
        assertTrue(first.runIri().startsWith("https://w3id.org/ccgraph/id/run/" + first.document().source().sha256().substring(0, 16)));
    }

    @Test
    void theRunRecordsHowTheLayoutAndLanguageWereDecidedAndNoClockTime() {
        Model run = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().run();
        assertTrue(run.listObjectsOfProperty(org.w3id.ccgraph.graph.CCG.layout).toList().toString().contains("register"));
        assertTrue(run.listObjectsOfProperty(org.w3id.ccgraph.graph.CCG.detection).toList().toString()
                .contains("language da recognised"));
        assertEquals(0, run.listStatements(null, PROV.startedAtTime, (org.apache.jena.rdf.model.RDFNode) null).toList().size());
    }
}
