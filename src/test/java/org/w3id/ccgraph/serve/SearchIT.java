package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.Fixtures;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.serve.http.ServerLimits;

/** Full-text search: /search as HTML and JSON, its paging and errors, and text:query at /sparql. */
class SearchIT {

    private static TestServer danish;
    private static TestServer english;

    @BeforeAll
    static void start() {
        danish = TestServer.bundledServer();
        english = TestServer.start(PublishServer.create(),
                Converter.create().build().convert(Fixtures.corpus("31992Y1204-01.txt")).dataset());
    }

    @AfterAll
    static void stop() {
        danish.close();
        english.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static JsonObject json(TestServer s, String query) throws Exception {
        HttpResponse<String> r = s.get("/search.json?" + query, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        return JSON.parse(r.body());
    }

    private static List<JsonObject> hits(JsonObject page) {
        List<JsonObject> out = new ArrayList<>();
        page.get("hits").getAsArray().forEach(v -> out.add(v.getAsObject()));
        return out;
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    /** Whether a literal of the data holds {@code word} as a whole word, in any case. */
    private static boolean dataHasWord(Model m, String word) {
        Pattern w = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
        for (RDFNode n : m.listObjects().toList()) {
            if (n.isLiteral() && w.matcher(n.asLiteral().getLexicalForm()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words of a snippet that are marked as matches. */
    private static List<String> marked(JsonObject hit) {
        String snippet = str(hit, "snippet");
        List<String> words = new ArrayList<>();
        for (JsonValue span : hit.get("matches").getAsArray()) {
            JsonArray a = span.getAsArray();
            words.add(snippet.substring(a.get(0).getAsNumber().value().intValue(), a.get(1).getAsNumber().value().intValue()));
        }
        return words;
    }

    @Test
    void aDanishQueryFindsTheInflectedFormsTheDanishStemmerRelatesToIt() throws Exception {
        Model data = TestServer.bundled().graph();
        assertFalse(dataHasWord(data, "medlemsstat"), "the word as asked occurs nowhere");
        assertTrue(dataHasWord(data, "medlemsstaternes"));
        List<JsonObject> hits = hits(json(danish, "q=medlemsstat&lang=da"));
        assertFalse(hits.isEmpty());
        String p5 = IriScheme.DEFAULT_BASE + "id/doc/12862-19/p/5";
        assertTrue(hits.stream().anyMatch(h -> str(h, "iri").equals(p5)), "paragraph 5 says medlemsstaternes: " + hits);
        for (JsonObject h : hits) {
            assertFalse(marked(h).isEmpty(), "the matching word is marked: " + h);
            for (String word : marked(h)) {
                assertTrue(word.toLowerCase(Locale.ROOT).startsWith("medlemsstat"), word);
            }
        }
        JsonObject p5hit = hits.stream().filter(h -> str(h, "iri").equals(p5)).findFirst().orElseThrow();
        assertEquals("da", str(p5hit, "language"));
        assertEquals(CCG.text.getURI(), str(p5hit, "property"));
        assertTrue(marked(p5hit).contains("medlemsstaternes"), p5hit.toString());
        assertTrue(hits(json(danish, "q=b%C3%B8rnene&lang=da")).stream().flatMap(h -> marked(h).stream())
                .anyMatch(w -> w.equalsIgnoreCase("børn")), "børnene finds børn");
        assertEquals(0, hits(json(danish, "q=medlemsstatz&lang=da")).size(), "not any word that begins alike");
    }

    @Test
    void anEnglishQueryFindsTheInflectedFormsTheEnglishStemmerRelatesToIt() throws Exception {
        Model data = Converter.create().build().convert(Fixtures.corpus("31992Y1204-01.txt")).graph();
        assertFalse(dataHasWord(data, "strengthen"), "the word as asked occurs nowhere");
        List<JsonObject> hits = hits(json(english, "q=strengthen&lang=en"));
        assertFalse(hits.isEmpty());
        for (JsonObject h : hits) {
            assertEquals(List.of("strengthening"), marked(h).stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList());
        }
        assertEquals(0, hits(json(english, "q=strengthen&lang=da")).size(), "the Danish analyser does not relate them");
        assertEquals(hits.size(), hits(json(english, "q=Strengthened")).size(), "any form, any language");
    }

    @Test
    void aPhraseRanksTheTextsThatHoldItAboveThoseWithTheWordsApart() throws Exception {
        String phrase = "seksuelt misbrug af børn";
        List<JsonObject> exact = hits(json(danish, "q=" + enc("\"" + phrase + "\"") + "&size=100"));
        List<JsonObject> words = hits(json(danish, "q=" + enc("misbrug børn seksuelt") + "&size=100"));
        assertFalse(exact.isEmpty());
        assertTrue(words.size() > exact.size(), exact.size() + " " + words.size());
        for (JsonObject h : exact) {
            assertTrue(str(h, "snippet").toLowerCase(Locale.ROOT).contains(phrase), "every hit holds the phrase: " + h);
        }
        double previous = Double.MAX_VALUE;
        for (JsonObject h : exact) {
            double score = h.get("score").getAsNumber().value().doubleValue();
            assertTrue(score <= previous, "best first");
            previous = score;
        }
        JsonObject best = exact.get(0);
        String title = TestServer.bundled().graph().listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.title)
                .next().asLiteral().getLexicalForm();
        assertTrue(title.toLowerCase(Locale.ROOT).contains(phrase));
        assertTrue(str(best, "snippet").length() <= title.length() + 10, "the shortest text that holds the phrase ranks "
                + "first: " + best);
    }

    @Test
    void aHostileQueryIsEscapedInThePageAndTheLinks() throws Exception {
        String hostile = "<script>alert('x')</script> \"><img src=x onerror=alert(1)> AND OR: *[";
        HttpResponse<String> r = danish.get("/search?q=" + enc(hostile), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("<script>alert"), r.body());
        assertFalse(r.body().contains("<img"), r.body());
        assertTrue(r.body().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), r.body());
        for (String link : r.headers().allValues("Link")) {
            assertFalse(link.substring(1, link.indexOf('>')).matches(".*[<\"' ].*"), link);
        }
        assertEquals(200, danish.get("/search.json?q=" + enc(hostile), null).statusCode());
        assertEquals(0, hits(json(danish, "q=" + enc("<script>alert(1)</script>"))).size(),
                "a word the analyser splits needs all its parts, not just the 1");
    }

    @Test
    void everyWordIsRequiredButStopWords() throws Exception {
        Set<String> one = new java.util.TreeSet<>();
        hits(json(danish, "q=medlemsstaternes&size=100")).forEach(h -> one.add(str(h, "iri")));
        Set<String> withStopWord = new java.util.TreeSet<>();
        hits(json(danish, "q=" + enc("medlemsstaternes og") + "&size=100")).forEach(h -> withStopWord.add(str(h, "iri")));
        assertFalse(one.isEmpty());
        assertEquals(one, withStopWord, "og is a Danish stop word");
        Set<String> two = new java.util.TreeSet<>();
        hits(json(danish, "q=" + enc("medlemsstaternes forpligtelse") + "&size=100")).forEach(h -> two.add(str(h, "iri")));
        assertFalse(two.isEmpty());
        assertTrue(one.containsAll(two) && two.size() < one.size(), one + " " + two);
    }

    @Test
    void thePagesWalkEveryHitExactlyOnceAndLinkFirstPreviousAndNext() throws Exception {
        JsonObject all = json(danish, "q=b%C3%B8rn&size=100");
        int total = (int) all.get("total").getAsNumber().value().longValue();
        assertTrue(total > 12 && total <= 100, "enough hits for several pages: " + total);
        List<String> everything = hits(all).stream().map(h -> str(h, "iri")).toList();
        assertEquals(total, everything.size());
        Set<String> walked = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        String next = "/search?q=b%C3%B8rn&size=5";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = danish.get(next, "application/json");
            assertEquals(200, r.statusCode(), r.body());
            JsonObject page = JSON.parse(r.body());
            for (JsonObject h : hits(page)) {
                assertTrue(walked.add(str(h, "iri")), "seen once: " + str(h, "iri"));
                order.add(str(h, "iri"));
            }
            String link = String.join(", ", r.headers().allValues("Link"));
            assertTrue(link.contains("rel=\"first\""), link);
            assertEquals(pages > 0, link.contains("rel=\"prev\""), link);
            Matcher m = Pattern.compile("<http://localhost:" + danish.server.port() + "(/[^>]*)>; rel=\"next\"").matcher(link);
            next = m.find() ? m.group(1) : null;
            assertEquals(next != null, page.hasKey("next"));
            pages++;
        }
        assertEquals((total + 4) / 5, pages);
        assertEquals(everything, order, "the pages in order are the hits in order");
        String html = danish.get("/search?q=b%C3%B8rn&size=5&page=2", "text/html").body();
        for (String rel : List.of("first", "prev", "next")) {
            assertTrue(html.contains("<a rel=\"" + rel + "\" href=\"http://localhost:" + danish.server.port() + "/search?q="),
                    rel + ": " + html);
        }
        assertTrue(html.contains("<ol class=\"hits\" start=\"6\">"), html);
    }

    @Test
    void aHitLinksToItsPageWithItsLabelAndTypes() throws Exception {
        String p5 = IriScheme.DEFAULT_BASE + "id/doc/12862-19/p/5";
        JsonObject hit = hits(json(danish, "q=medlemsstaternes&lang=da")).stream()
                .filter(h -> str(h, "iri").equals(p5)).findFirst().orElseThrow();
        assertEquals("http://localhost:" + danish.server.port() + "/id/doc/12862-19/p/5", str(hit, "url"));
        assertTrue(str(hit, "label").startsWith("paragraph 5 of "), hit.toString());
        assertTrue(hit.get("types").getAsArray().size() >= 1, hit.toString());
        String html = danish.get("/search?q=medlemsstaternes&lang=da", "text/html").body();
        assertTrue(html.contains("<a href=\"http://localhost:" + danish.server.port() + "/id/doc/12862-19/p/5\">paragraph 5 of "),
                html);
        assertTrue(html.contains("<mark>medlemsstaternes</mark>"), html);
        assertTrue(danish.get("/", "text/html").body().contains("<form class=\"search\""), "a search box in the header");
    }

    @Test
    void anEmptyOrOverLongQueryAndABadPageAreBadRequests() throws Exception {
        HttpResponse<String> form = danish.get("/search", "text/html");
        assertEquals(200, form.statusCode(), "without q, the form: " + form.body());
        assertTrue(form.body().contains("<input type=\"search\" id=\"q\" name=\"q\""), form.body());
        assertFalse(form.body().contains("<ol class=\"hits\""), form.body());
        assertEquals(400, danish.get("/search.json", null).statusCode(), "JSON needs a query");
        for (String bad : List.of("?q=", "?q=%20%20", "?q=" + "a".repeat(SearchPage.MAX_QUERY + 1), "?q=x&page=0",
                "?q=x&page=-1", "?q=x&page=abc", "?q=x&page=" + (SearchPage.MAX_PAGE + 1), "?q=x&size=0",
                "?q=x&size=" + (SearchPage.MAX_SIZE + 1), "?q=x&lang=xx",
                "?q=" + enc("a b c d e f g h i j k l m n o p q"))) {
            HttpResponse<String> r = danish.get("/search" + bad, "text/html");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("Bad request: expected") || r.body().contains("Bad request: give"), r.body());
            assertEquals(400, danish.get("/search.json" + bad, null).statusCode(), bad);
        }
        assertEquals(405, danish.send("POST", "/search?q=x", "").statusCode(), "read-only");
    }

    private static String sparql(String query) {
        return "/sparql?query=" + URLEncoder.encode("PREFIX text: <http://jena.apache.org/text#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX ccg: <"
                + CCG.NS + ">\n" + query, StandardCharsets.UTF_8);
    }

    @Test
    void textQueryWorksAtTheSparqlEndpointWithItsLanguageAnalysers() throws Exception {
        HttpResponse<String> r = danish.get(sparql("SELECT ?s ?score WHERE { (?s ?score) text:query (ccg:text "
                + "\"medlemsstat\" \"lang:da\") } ORDER BY DESC(?score)"), "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(IriScheme.DEFAULT_BASE + "id/doc/12862-19/p/5,"), r.body());
        HttpResponse<String> tagged = danish.get(sparql("SELECT ?s WHERE { ?s text:query (ccg:text \"medlemsstat\"@da) }"),
                "text/csv");
        assertTrue(tagged.body().contains(IriScheme.DEFAULT_BASE + "id/doc/12862-19/p/5"), tagged.body());
        HttpResponse<String> labels = english.get(sparql("SELECT ?s ?l WHERE { (?s ?score ?l) text:query (rdfs:label "
                + "\"resolution\") }"), "text/csv");
        assertEquals(200, labels.statusCode(), labels.body());
        assertTrue(labels.body().lines().count() > 1, labels.body());
    }

    @Test
    void aTextQueryStaysWithinTheServersLimits() throws Exception {
        ServerLimits limits = new ServerLimits(1 << 20, 1_000, 1_000_000, Duration.ofSeconds(10), 64);
        try (TestServer s = TestServer.start(PublishServer.create().limits(limits).timeout(Duration.ofSeconds(2)),
                TestServer.bundled().dataset())) {
            HttpResponse<String> rows = s.get(sparql("SELECT ?s ?o WHERE { ?s text:query \"børn\" . ?x ?p ?o } ORDER BY ?o"),
                    "text/csv");
            assertEquals(422, rows.statusCode(), rows.body());
            long start = System.nanoTime();
            HttpResponse<String> slow = s.get(sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s text:query \"børn\" . ?a ?b ?c . "
                    + "?d ?e ?f }"), "text/csv");
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(System.nanoTime() - start < 8_000_000_000L, "cut off near the timeout");
            int update = s.send("POST", "/sparql", "INSERT DATA { <urn:a> <urn:b> \"c\" }",
                    "Content-Type", "application/sparql-update").statusCode();
            assertTrue(update >= 400 && update < 500, "the endpoint stays read-only: " + update);
            assertTrue(s.get(sparql("ASK { <urn:a> ?p ?o }"), "text/csv").body().contains("false"), "nothing written");
        }
    }
}
