package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static Optional<Representation> choose(String accept) {
        return Negotiation.choose(accept, Representation.RESOURCE);
    }

    @Test
    void givesTheFirstOfferWithoutAnAcceptHeaderOrForAnything() {
        assertEquals(Representation.TURTLE, choose(null).orElseThrow());
        assertEquals(Representation.TURTLE, choose("").orElseThrow());
        assertEquals(Representation.TURTLE, choose("*/*").orElseThrow());
        assertEquals(Representation.TEXT, Negotiation.choose("*/*", Representation.SOURCE_TEXT).orElseThrow());
    }

    @Test
    void weighsQualitiesAndPrefersTheMostSpecificRange() {
        assertEquals(Representation.RDFXML, choose("text/turtle;q=0.5, application/rdf+xml").orElseThrow());
        assertEquals(Representation.NTRIPLES, choose("*/*;q=0.1, application/n-triples;q=0.2").orElseThrow());
        assertEquals(Representation.JSONLD, choose("text/*;q=0.3, application/*;q=0.4").orElseThrow());
        assertEquals(Representation.HTML, choose("TEXT/HTML").orElseThrow());
        assertEquals(Representation.JSONLD, choose("application/json").orElseThrow());
    }

    @Test
    void refusesWhatIsExcludedOrNotOffered() {
        assertEquals(Optional.empty(), choose("image/png"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Representation.JSONLD, choose("*/*, text/turtle;q=0").orElseThrow());
        assertEquals(Representation.TURTLE, choose("garbage, text/turtle;q=nonsense, text/turtle;q=0.2").orElseThrow());
    }
}
