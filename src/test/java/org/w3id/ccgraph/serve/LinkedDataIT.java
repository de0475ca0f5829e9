package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
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
    void servesEachRdfFormatByExtensionWithTheSameTriplesAboutItselfAsADocument(String ext, String type, String lang)
            throws Exception {
        HttpResponse<String> r = s.get(paragraph + "." + ext, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        Model turtle = TestServer.parse(s.get(paragraph + ".ttl", null).body(), Lang.TURTLE);
        Model m = TestServer.parse(r.body(),
                org.apache.jena.riot.RDFLanguages.nameToLang(lang.equals("JSONLD") ? "JSON-LD" : lang));
        String doc = s.server.publicBase().url() + paragraph.substring(1) + ".";
        assertTrue(m.contains(m.createResource(doc + ext), FOAF.primaryTopic, m.createResource(iri(paragraph))),
                "the document of " + ext + " is about the resource");
        assertTrue(withoutDocument(m, doc + ext).isIsomorphicWith(withoutDocument(turtle, doc + "ttl")),
                "same triples in " + ext);
    }

    private static Model withoutDocument(Model m, String url) {
        Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(m);
        copy.removeAll(copy.createResource(url), null, null);
        return copy;
    }

    private static String iri(String path) {
        return IriScheme.DEFAULT_BASE + path.substring(1);
    }

    @Test
    void servesJsonLdWithItsContextInlineSoThatAParserNeedsNoOtherDocument() throws Exception {
        String body = s.get(obligation, "application/ld+json").body();
        org.apache.jena.atlas.json.JsonValue context = org.apache.jena.atlas.json.JSON.parse(body).get("@context");
        assertTrue(context.isObject(), "an inline context, not a URL: " + context);
        assertFalse(body.contains("context.jsonld"), "no remote context");
        org.eclipse.rdf4j.model.Model rio = org.eclipse.rdf4j.rio.Rio.parse(new java.io.StringReader(body), "",
                org.eclipse.rdf4j.rio.RDFFormat.JSONLD);
        assertEquals(TestServer.parse(s.get(obligation, "text/turtle").body(), Lang.TURTLE).size(), rio.size(),
                "RDF4J reads the same number of triples, without fetching anything");
    }

    @Test
    void aDocumentSaysItIsAboutTheResourceUnderTheDatasetLicenceModifiedWhenTheDataWas() throws Exception {
        Model m = TestServer.parse(s.get(obligation, "text/turtle").body(), Lang.TURTLE);
        Resource doc = m.createResource(s.server.publicBase().url() + obligation.substring(1) + ".ttl");
        assertTrue(m.contains(doc, RDF.type, FOAF.Document));
        assertTrue(m.contains(doc, FOAF.primaryTopic, m.createResource(iri(obligation))));
        assertTrue(m.contains(doc, DCTerms.license, org.w3id.ccgraph.graph.EUAuthority.licence("CC_BY_4_0")));
        assertEquals(lastDataDate() + "T00:00:00Z", doc.getProperty(DCTerms.modified).getString());
        assertTrue(m.contains(doc, org.apache.jena.vocabulary.VOID.inDataset,
                m.createResource(IriScheme.defaults().dataset())));
    }

    /** The latest date the bundled data gives (document and adoption dates). */
    private static String lastDataDate() {
        Model g = TestServer.bundled().graph();
        java.util.TreeSet<String> dates = new java.util.TreeSet<>();
        for (org.apache.jena.rdf.model.Property p : List.of(org.w3id.ccgraph.graph.ELI.date_document, CCG.dateAdopted)) {
            g.listObjectsOfProperty(p).forEachRemaining(n -> dates.add(n.asLiteral().getLexicalForm()));
        }
        return dates.last();
    }

    @Test
    void sendsLastModifiedFromTheDataAndTheSameBytesAfterARestart() throws Exception {
        String lastModified = s.get(obligation, "application/ld+json").headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(java.time.LocalDate.parse(lastDataDate()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                java.time.ZonedDateTime.parse(lastModified, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        List<HttpResponse<String>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (TestServer t = TestServer.start(PublishServer.create().publicBase("https://data.example.org/ccg/"),
                    TestServer.bundled().dataset())) {
                runs.add(t.get(obligation, "application/ld+json"));
            }
        }
        for (String header : List.of("Last-Modified", "ETag", "Content-Length")) {
            assertEquals(runs.get(0).headers().firstValue(header), runs.get(1).headers().firstValue(header), header);
        }
        assertEquals(lastModified, runs.get(1).headers().firstValue("Last-Modified").orElseThrow());
        assertEquals(runs.get(0).body(), runs.get(1).body());
    }

    @Test
    void answersIfModifiedSinceWith304WhenTheDataIsNotNewer() throws Exception {
        String lastModified = s.get(paragraph, "text/turtle").headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, s.send("GET", paragraph, null, "Accept", "text/turtle", "If-Modified-Since", lastModified)
                .statusCode());
        assertEquals(200, s.send("GET", paragraph, null, "Accept", "text/turtle", "If-Modified-Since",
                "Mon, 01 Jan 2001 00:00:00 GMT").statusCode());
        assertEquals(200, s.send("GET", paragraph, null, "Accept", "text/turtle", "If-Modified-Since", "yesterday")
                .statusCode());
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
        assertEquals(404, s.get("/resource?iri=" + IriScheme.DEFAULT_BASE + "id/doc/no-such-document", null).statusCode());
    }

    @Test
    void redirectsALookupToTheConfiguredPublicBaseWithTheIriInUriForm() throws Exception {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        m.createResource(IriScheme.DEFAULT_BASE + "id/thing/æble").addProperty(RDFS.label, "apple", "en");
        try (TestServer t = TestServer.start(PublishServer.create().publicBase("https://data.example.org/ccg/"),
                org.apache.jena.query.DatasetFactory.create(m))) {
            HttpResponse<String> r = t.get("/resource?iri=" + java.net.URLEncoder.encode(IriScheme.DEFAULT_BASE
                    + "id/thing/æble", java.nio.charset.StandardCharsets.UTF_8), null);
            assertEquals(303, r.statusCode());
            assertEquals("https://data.example.org/ccg/id/thing/%C3%A6ble", r.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void theLookupEndpointThatVoidAdvertisesAnswersWithAFormWhenNoIriIsGiven() throws Exception {
        HttpResponse<String> r = s.get("/resource?iri=", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<form method=\"get\" action=\"" + s.server.publicBase().url("resource") + "\">"),
                r.body());
        assertTrue(r.body().contains("name=\"iri\""));
        assertEquals(200, s.get("/resource", null).statusCode());
    }

    @Test
    void servesTheServiceDescriptionAtEveryAlternateItAdvertises() throws Exception {
        HttpResponse<String> sd = s.get("/sparql", "text/turtle");
        List<String> links = sd.headers().allValues("Link");
        assertEquals(Representation.RESOURCE.size(), links.size(), links.toString());
        for (Representation f : Representation.RESOURCE) {
            String url = s.server.publicBase().url("sparql." + f.extension());
            assertTrue(links.stream().anyMatch(l -> l.startsWith("<" + url + ">")), url);
            HttpResponse<String> r = s.get("/sparql." + f.extension(), null);
            assertEquals(200, r.statusCode(), url);
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(f.mediaType()), url);
        }
        assertEquals(s.server.publicBase().url("sparql.ttl"), sd.headers().firstValue("Content-Location").orElseThrow());
    }

    @Test
    void redirectsTheShortVoidPathToTheWellKnownOneAndServesTheIconBrowsersAskFor() throws Exception {
        HttpResponse<String> r = s.get("/void", null);
        assertEquals(301, r.statusCode());
        assertEquals(s.server.publicBase().url(".well-known/void"), r.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> icon = s.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(s.url("/favicon.ico")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals("image/vnd.microsoft.icon", icon.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(List.of(0, 0, 1, 0), List.of((int) icon.body()[0], (int) icon.body()[1], (int) icon.body()[2],
                (int) icon.body()[3]), "an ICO header");
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
