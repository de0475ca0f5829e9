package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;

/** Dereferencing minted IRIs: the content negotiation matrix, extensions, 404, 406, caching, the source text. */
class LinkedDataIT {

    private static TestServer s;
    private static String paragraph;
    private static String obligation;

    @BeforeAll
    static void start() {
        s = TestServer.bundledServer();
        Resource o = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Obligation).next();
        obligation = path(o.getURI());
        paragraph = path(o.getPropertyResourceValue(CCG.inSubdivision).getURI());
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String path(String iri) {
        return "/" + iri.substring(IriScheme.DEFAULT_BASE.length());
    }

    @ParameterizedTest(name = "Accept {0} gives {1}")
    @CsvSource(delimiter = '|', value = {
            "|text/turtle|ttl",
            "*/*|text/turtle|ttl",
            "text/turtle|text/turtle|ttl",
            "application/ld+json|application/ld+json|jsonld",
            "application/json|application/ld+json|jsonld",
            "application/rdf+xml|application/rdf+xml|rdf",
            "application/n-triples|application/n-triples|nt",
            "text/html|text/html|html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8|text/html|html",
            "text/turtle;q=0.5, application/rdf+xml|application/rdf+xml|rdf",
            "text/*|text/turtle|ttl",
            "application/n-triples;q=0.9, text/turtle;q=0.1, */*;q=0|application/n-triples|nt"})
    void negotiatesTheRepresentationOfAResourceAndSaysItVariesByAccept(String accept, String type, String ext)
            throws Exception {
        HttpResponse<String> r = s.get(paragraph, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type), r.headers().toString());
        assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
        assertTrue(r.headers().firstValue("Content-Location").orElseThrow().endsWith(paragraph + "." + ext));
    }

    @ParameterizedTest(name = "{0} by extension")
    @CsvSource({"ttl,text/turtle,TURTLE", "jsonld,application/ld+json,JSONLD", "rdf,application/rdf+xml,RDFXML",
            "nt,application/n-triples,NTRIPLES"})
    void servesEachRdfFormatByExtensionWithTheSameTriples(String ext, String type, String lang) throws Exception {
        HttpResponse<String> r = s.get(paragraph + "." + ext, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        Model turtle = TestServer.parse(s.get(paragraph + ".ttl", null).body(), Lang.TURTLE);
        Model m = TestServer.parse(ext.equals("jsonld") ? inlineContext(r.body()) : r.body(),
                org.apache.jena.riot.RDFLanguages.nameToLang(lang.equals("JSONLD") ? "JSON-LD" : lang));
        assertTrue(m.isIsomorphicWith(turtle), "same triples in " + ext);
    }

    /** The JSON-LD body with the published context inlined, so that parsing needs no fetch. */
    private static String inlineContext(String body) throws Exception {
        String context = s.get("/context.jsonld", null).body();
        String terms = context.substring(context.indexOf('{', 1), context.lastIndexOf('}'));
        return body.replaceFirst("\"@context\"\\s*:\\s*\"[^\"]+\"", "\"@context\" : " + terms.replace("$", "\\$"));
    }

    @Test
    void servesHtmlByExtensionAndTurtleWhenNoAcceptIsSent() throws Exception {
        assertTrue(s.get(paragraph + ".html", null).headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(s.get(paragraph, null).body().contains("eli:WorkSubdivision"));
    }

    @Test
    void describesAResourceWithItsTriplesIncomingLinksAndTheLabelsOfItsNeighbours() throws Exception {
        Model m = TestServer.parse(s.get(obligation, "text/turtle").body(), Lang.TURTLE);
        Resource o = m.createResource(IriScheme.DEFAULT_BASE + obligation.substring(1));
        assertTrue(m.contains(o, RDF.type, CCG.Obligation));
        Resource act = o.getPropertyResourceValue(CCG.expressedBy);
        assertTrue(m.contains(act, CCG.expresses, o), "incoming link");
        Resource addressee = o.getPropertyResourceValue(CCG.addressee);
        assertTrue(m.contains(addressee, org.apache.jena.vocabulary.SKOS.prefLabel) || m.contains(addressee, RDFS.label),
                "label of a linked node");
        assertTrue(m.contains(null, org.w3id.ccgraph.graph.OA.exact), "the source quote comes with the fact");
    }

    @Test
    void answers404ForAnUnknownIriAnd406WhenNoFormatFits() throws Exception {
        assertEquals(404, s.get("/id/doc/no-such-document", "text/turtle").statusCode());
        assertEquals(404, s.get("/id/doc/no-such-document", "text/html").statusCode());
        assertEquals(404, s.get(paragraph + ".xyz", null).statusCode());
        assertEquals(404, s.get("/no/such/page", null).statusCode());
        HttpResponse<String> r = s.get(paragraph, "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
    }

    @Test
    void answersAConditionalGetWith304() throws Exception {
        HttpResponse<String> first = s.get(paragraph, "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = s.send("GET", paragraph, null, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void servesThePublishedSourceTextAsPlainTextAndItsDescriptionByNegotiation() throws Exception {
        String text = "/id/doc/" + IriScheme.slug(TestServer.bundled().document().header().number().value()) + "/text/"
                + TestServer.bundled().document().language().code();
        HttpResponse<String> plain = s.get(text, null);
        assertEquals(200, plain.statusCode());
        assertEquals("text/plain;charset=utf-8", plain.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""));
        assertEquals(TestServer.bundled().document().source().text(), plain.body());
        Model m = TestServer.parse(s.get(text, "text/turtle").body(), Lang.TURTLE);
        assertTrue(m.contains(null, RDF.type, CCG.SourceText));
    }

    @Test
    void dereferencesTheOntologyAtItsNamespaceAsTurtleAndHtml() throws Exception {
        Model m = TestServer.parse(s.get("/def", "text/turtle").body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(CCG.NS.substring(0, CCG.NS.length() - 1)), RDF.type,
                org.apache.jena.vocabulary.OWL.Ontology));
        String html = s.get("/def", "text/html").body();
        assertTrue(html.contains("id=\"Obligation\""), "anchor of a class");
        assertTrue(html.contains("id=\"addressee\""), "anchor of a property");
        assertTrue(html.contains("Concept schemes"));
    }

    @Test
    void resolvesPercentEncodedUnreservedCharactersToTheSameIri() throws Exception {
        assertEquals(200, s.get(paragraph.replace("-", "%2D"), "text/turtle").statusCode());
        int slash = s.get(paragraph + "%2Fx", "text/turtle").statusCode();
        assertTrue(slash == 400 || slash == 404, "an encoded slash names no resource: " + slash);
    }

    @Test
    void redirectsALookupOfAPublishedIriToItsPublicUrl() throws Exception {
        HttpResponse<String> r = s.get("/resource?iri=" + java.net.URLEncoder.encode(IriScheme.DEFAULT_BASE
                + paragraph.substring(1), java.nio.charset.StandardCharsets.UTF_8), "text/html");
        assertEquals(303, r.statusCode());
        assertEquals(s.server.publicBase().url() + paragraph.substring(1), r.headers().firstValue("Location").orElseThrow());
        assertEquals(404, s.get("/resource?iri=http://example.org/elsewhere", null).statusCode());
    }

    @Test
    void everyMintedSubjectDereferences() throws Exception {
        List<String> failed = new java.util.ArrayList<>();
        for (Resource r : TestServer.bundled().graph().listSubjects().toList()) {
            if (r.isURIResource() && r.getURI().startsWith(IriScheme.DEFAULT_BASE)) {
                int status = s.get(path(r.getURI()), "application/n-triples").statusCode();
                if (status != 200) {
                    failed.add(r.getURI() + " " + status);
                }
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void refusesToWriteThroughTheLinkedDataSide() throws Exception {
        assertEquals(405, s.send("PUT", paragraph, "<urn:a> <urn:b> <urn:c> .", "Content-Type", "text/turtle").statusCode());
        assertEquals(405, s.send("DELETE", paragraph, null).statusCode());
        assertFalse(s.get(paragraph, "text/turtle").body().contains("urn:a"));
    }
}
