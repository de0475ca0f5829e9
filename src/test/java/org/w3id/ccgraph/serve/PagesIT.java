package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.ORG;

/** The HTML side: resource pages, escaping, links from the configured base, the landing page. */
class PagesIT {

    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.bundledServer();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static String path(String iri) {
        return "/" + iri.substring(IriScheme.DEFAULT_BASE.length());
    }

    @Test
    void aResourcePageHasItsLabelAlternatesJsonLdTheQuoteAndAnOpenInSparqlLink() throws Exception {
        Resource o = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Obligation).next();
        String html = s.get(path(o.getURI()), "text/html").body();
        String label = o.getProperty(RDFS.label).getString();
        assertTrue(html.contains("<title>" + Html.escape(label) + " · ccgraph</title>"), "title from the label");
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples")) {
            assertTrue(html.contains("<link rel=\"alternate\" type=\"" + type + "\""), type);
        }
        Matcher json = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(json.find());
        assertTrue(TestServer.parse(json.group(1), Lang.JSONLD).contains(o, RDF.type, CCG.Obligation));
        assertTrue(html.contains("<mark>"), "the source quote in context");
        assertTrue(html.contains("Open in SPARQL") && html.contains("query?query=DESCRIBE%20%3C"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void labelsArePreferredInEnglishThenDanish() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(IriScheme.DEFAULT_BASE + "id/thing/danish-only")
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "kun dansk", "da");
        m.createResource(IriScheme.DEFAULT_BASE + "id/thing/both")
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "på dansk", "da")
                .addProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "in English", "en").addProperty(RDFS.seeAlso, r);
        try (TestServer t = TestServer.start(PublishServer.create(), DatasetFactory.create(m))) {
            assertTrue(t.get("/id/thing/both", "text/html").body().contains("<h1>in English</h1>"));
            assertTrue(t.get("/id/thing/danish-only", "text/html").body().contains("<h1>kun dansk</h1>"));
        }
    }

    @Test
    void everyTextIsEscapedSoALabelWithAScriptTagRendersAsText() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        String evil = "<script>alert('x')</script> & \"co\"";
        m.createResource(IriScheme.DEFAULT_BASE + "id/thing/evil")
                .addProperty(RDFS.label, evil, "en").addProperty(RDFS.comment, "</script><script>alert(1)</script>");
        try (TestServer t = TestServer.start(PublishServer.create(), DatasetFactory.create(m))) {
            String html = t.get("/id/thing/evil", "text/html").body();
            assertFalse(html.contains("<script>alert"), html);
            assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"));
            assertFalse(html.contains("</script><script>"), "the JSON-LD script cannot be closed by data");
        }
    }

    @Test
    void decodesPercentEncodedNonAsciiCharactersOfAnIri() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IriScheme.DEFAULT_BASE + "id/thing/æble-ø").addProperty(RDFS.label, "apple", "en");
        try (TestServer t = TestServer.start(PublishServer.create(), DatasetFactory.create(m))) {
            assertEquals(200, t.get("/id/thing/%C3%A6ble-%C3%B8", "text/turtle").statusCode());
            assertEquals(200, t.get("/id/thing/%c3%a6ble-%c3%b8.html", null).statusCode());
            assertEquals(404, t.get("/id/thing/%C3%A6ble", "text/turtle").statusCode());
        }
    }

    @Test
    void buildsLinksFromTheConfiguredPublicBaseAndNeverFromTheHostHeader() throws Exception {
        Dataset data = TestServer.bundled().dataset();
        try (TestServer t = TestServer.start(PublishServer.create().publicBase("https://data.example.org/ccg/"), data)) {
            Resource o = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Obligation).next();
            String response = raw(t.server.port(), path(o.getURI()), "evil.example");
            assertFalse(response.contains("evil.example"), "no link from the Host header");
            assertTrue(response.contains("Content-Location: https://data.example.org/ccg/" + path(o.getURI()).substring(1) + ".html"));
            assertTrue(response.contains("href=\"https://data.example.org/ccg/id/"));
            assertTrue(t.get("/catalog", "text/turtle").body().contains("<https://data.example.org/ccg/sparql>"));
        }
    }

    /** A GET over a plain socket, with a Host header of our choosing. */
    private static String raw(int port, String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theLandingPageAndItsPagedListsLinkEveryDocumentActorObligationAndInstrumentAndItDrawsWhoAsksWhom()
            throws Exception {
        String landing = s.get("/", "text/html").body();
        StringBuilder pages = new StringBuilder(landing);
        String base = s.server.publicBase().url();
        for (String list : ListPages.PATHS) {
            assertTrue(landing.contains("href=\"" + base + list + "\""), "the landing page links the list of " + list);
            ListPagesIT.walk(s, base, base + list).forEach(r -> pages.append(r.body()));
        }
        String html = pages.toString();
        Model g = TestServer.bundled().graph();
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(CCG.Conclusions, ORG.FormalOrganization, CCG.Obligation, CCG.Instrument)) {
            for (Resource r : g.listSubjectsWithProperty(RDF.type, type).toList()) {
                String href = "href=\"" + s.server.publicBase().url() + path(r.getURI()).substring(1) + "\"";
                if (!html.contains(href)) {
                    missing.add(r.getURI());
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(landing.contains("<svg class=\"diagram\""));
        assertTrue(landing.contains("stroke=\"#"), "edges coloured by force");
        for (String link : List.of("query", "download/", "api/", "catalog")) {
            assertTrue(landing.contains("href=\"" + s.server.publicBase().url(link) + "\""), link);
        }
    }

    @Test
    void theObligationsListShowsEachObligationAsARowOfWhoAsksWhomToDoWhatHowStronglyByWhenWhereAndTheQuote()
            throws Exception {
        assertTrue(s.get("/", "text/html").body().contains("<table class=\"obligations\">"), "the first rows on the landing page");
        String html = s.get("/obligations?size=" + ListPages.MAX_SIZE, "text/html").body();
        Matcher table = Pattern.compile("<table class=\"obligations\">.*?</table>", Pattern.DOTALL).matcher(html);
        assertTrue(table.find(), "a table of obligations");
        assertTrue(table.group().contains("<th scope=\"col\">Who</th><th scope=\"col\">asks</th><th scope=\"col\">whom</th>"
                + "<th scope=\"col\">to do what</th><th scope=\"col\">by when</th><th scope=\"col\">where</th>"));
        Model g = TestServer.bundled().graph();
        List<Resource> obligations = g.listSubjectsWithProperty(RDF.type, CCG.Obligation).toList();
        List<String> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr><td>.*?</tr>", Pattern.DOTALL).matcher(table.group());
        while (row.find()) {
            rows.add(row.group());
        }
        assertEquals(obligations.size(), rows.size(), "one row per obligation");
        for (Resource o : obligations) {
            String href = "href=\"" + s.server.publicBase().url() + path(o.getURI()).substring(1) + "\"";
            String r = rows.stream().filter(x -> x.contains(href)).findFirst().orElseThrow(() -> new AssertionError(href));
            Resource act = o.getPropertyResourceValue(CCG.expressedBy);
            Resource concept = g.createResource(act.getPropertyResourceValue(CCG.speechAct).getURI());
            assertTrue(r.contains(Html.escape(label(g, act.getPropertyResourceValue(CCG.speaker)))), "who: " + r);
            for (Statement a : o.listProperties(CCG.addressee).toList()) {
                assertTrue(r.contains(Html.escape(label(g, a.getResource()))), "whom: " + r);
            }
            assertTrue(r.contains(">" + Html.escape(label(g, concept)) + "</span>"), "how strongly: " + r);
            assertTrue(r.contains(">" + Html.escape(label(g, concept.getPropertyResourceValue(CCG.force))) + "</small>"),
                    "force: " + r);
            Statement action = o.getProperty(CCG.action);
            assertTrue(r.contains(" lang=\"" + action.getLanguage() + "\">" + Html.escape(action.getString()) + "</a>"),
                    "what, in the language of the text: " + r);
            Resource quote = g.createResource(o.getURI() + "/source/quote");
            assertTrue(r.contains(Html.escape(quote.getProperty(org.w3id.ccgraph.graph.OA.exact).getString())), "quote: " + r);
            for (Statement t : o.listProperties(CCG.frequency).toList()) {
                assertTrue(r.contains(Html.escape(t.getResource().getProperty(CCG.text).getString())), "by when: " + r);
            }
        }
    }

    private static String label(Model g, Resource r) {
        Statement en = r.getProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "en");
        return en != null ? en.getString() : r.getProperty(RDFS.label).getString();
    }

    @Test
    void theQueryPageServesYasguiFromTheServerWithThePrefixesAndShippedQueries() throws Exception {
        String html = s.get("/query", "text/html").body();
        assertTrue(html.contains(s.server.publicBase().url("web/yasgui.min.js")));
        assertFalse(html.matches("(?s).*src=\"https?://(?!localhost).*"), "no script from another site");
        assertTrue(html.contains("PREFIX ccg:") && html.contains("\"obligations\""));
        assertEquals(200, s.get("/web/yasgui.min.js", null).statusCode());
        assertEquals(200, s.get("/web/yasgui.min.css", null).statusCode());
        assertEquals(200, s.get("/web/YASGUI-LICENSE.txt", null).statusCode());
        int traversal = s.get("/web/..%2F..%2Fsimplelogger.properties", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "no way out of web/: " + traversal);
    }

    @Test
    void theSitemapListsThePagesAndResources() throws Exception {
        String xml = s.get("/sitemap.xml", null).body();
        assertTrue(xml.startsWith("<?xml"));
        String doc = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Conclusions).next().getURI();
        assertTrue(xml.contains("<loc>" + s.server.publicBase().url() + path(doc).substring(1) + "</loc>"));
        assertTrue(s.get("/robots.txt", null).body().contains("Sitemap: "));
    }

    @Test
    void replacingTheDataPublishesTheNewVersionAtOnce() throws Exception {
        try (TestServer t = TestServer.start(PublishServer.create(), TestServer.bundled().dataset())) {
            String old = path(TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Conclusions).next().getURI());
            assertEquals(200, t.get(old, "text/turtle").statusCode());
            Model other = ModelFactory.createDefaultModel();
            other.createResource(IriScheme.DEFAULT_BASE + "id/thing/new").addProperty(RDFS.label, "new", "en");
            t.server.replace(DatasetFactory.create(other));
            assertEquals(404, t.get(old, "text/turtle").statusCode());
            assertEquals(200, t.get("/id/thing/new", "text/turtle").statusCode());
            assertTrue(t.get("/sparql?query=ASK%7B%3Fs%20%3Fp%20%22new%22%40en%7D", "text/csv").body().contains("true"));
        }
    }
}
