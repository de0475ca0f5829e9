package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.ELI;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.Prefixes;
import org.w3id.ccgraph.graph.ReferenceData;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;
import org.w3id.ccgraph.query.ResultFormat;

/**
 * A corpus a person can browse: on 1,000 generated documents (typed as conversions type them, with the
 * reference data), the landing page shows one page of each list, the lists and the named-query API are paged
 * with links from the configured public base, the documents are narrowed by year, actor and force with counts
 * that the data confirms, and bad or hostile parameters are refused.
 */
class ListPagesIT {

    static final int DOCUMENTS = 1000;
    private static final String PUBLIC = "https://data.example.org/ccg/";
    private static final String[] ADDRESSEES = {"commission", "member-states", "europol"};
    private static final String[] ACTS = {"urges", "calls-on", "encourages", "invites"};
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<([^>]*)>; rel=\"(\\w+)\"");

    private static Model corpus;
    private static TestServer s;

    @BeforeAll
    static void start() {
        corpus = corpus(DOCUMENTS);
        s = TestServer.start(PublishServer.create().publicBase(PUBLIC), DatasetFactory.create(corpus));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /**
     * Documents {@code 1/20} to {@code n/20}, dated 2000 to 2019 by their number; every second document has one
     * paragraph with one speech act of the Council and one obligation to one of three addressees.
     */
    static Model corpus(int n) {
        IriScheme scheme = IriScheme.defaults();
        Model m = ReferenceData.load(scheme);
        m.setNsPrefixes(Prefixes.of(scheme));
        for (int i = 1; i <= n; i++) {
            Resource doc = m.createResource(scheme.document(i + "/20"), ELI.Work).addProperty(RDF.type, CCG.CouncilText)
                    .addProperty(RDF.type, CCG.Conclusions).addProperty(RDFS.label, "Council document " + i + "/20", "en")
                    .addProperty(DCTerms.title, "Conclusions number " + i, "en").addProperty(ELI.number, i + "/20")
                    .addProperty(ELI.date_document, m.createTypedLiteral(String.format("%d-%02d-%02d", 2000 + i % 20,
                            1 + i % 12, 1 + i % 28), XSDDatatype.XSDdate));
            if (i % 2 == 0) {
                Resource p = m.createResource(scheme.element(doc.getURI(), "p/1"), ELI.WorkSubdivision)
                        .addProperty(RDF.type, CCG.Paragraph).addProperty(ELI.is_part_of, doc)
                        .addProperty(DCTerms.isPartOf, doc).addLiteral(CCG.sequence, m.createTypedLiteral("1",
                                XSDDatatype.XSDinteger)).addProperty(CCG.locator, "1")
                        .addProperty(RDFS.label, "paragraph 1 of Council document " + i + "/20", "en");
                doc.addProperty(ELI.has_part, p);
                Resource act = m.createResource(scheme.act(p.getURI(), 1), CCG.SpeechAct)
                        .addProperty(CCG.speaker, m.createResource(scheme.actor("council")))
                        .addProperty(CCG.speechAct, m.createResource(scheme.speechAct(ACTS[i / 2 % ACTS.length])))
                        .addProperty(CCG.inSubdivision, p);
                m.createResource(scheme.obligation(p.getURI(), 1), CCG.Obligation).addProperty(CCG.expressedBy, act)
                        .addProperty(CCG.inSubdivision, p).addProperty(CCG.action, "act on item " + i, "en")
                        .addProperty(CCG.addressee, m.createResource(scheme.actor(ADDRESSEES[i % ADDRESSEES.length])))
                        .addProperty(RDFS.label, "obligation 1 of paragraph 1 of Council document " + i + "/20", "en");
            }
        }
        return m;
    }

    /** The server path of a public URL. */
    static String path(String url, String base) {
        assertTrue(url.startsWith(base), "a link from the configured public base: " + url);
        return "/" + url.substring(base.length());
    }

    /** The Link header of a response by relation. */
    static Map<String, String> links(HttpResponse<String> r) {
        Map<String, String> rels = new LinkedHashMap<>();
        for (String value : r.headers().allValues("Link")) {
            Matcher m = LINK.matcher(value);
            while (m.find()) {
                rels.put(m.group(2), m.group(1));
            }
        }
        return rels;
    }

    /** The hrefs inside the first element that starts with {@code open} (up to its closing {@code close}). */
    static List<String> hrefs(String html, String open, String close) {
        int from = html.indexOf(open);
        assertTrue(from >= 0, "no " + open);
        String part = html.substring(from, html.indexOf(close, from));
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(part);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    /** Every page of a list from its first, following the {@code next} links; the responses in order. */
    static List<HttpResponse<String>> walk(TestServer t, String base, String first) throws Exception {
        List<HttpResponse<String>> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> r = t.get(path(next, base), "text/html");
            assertEquals(200, r.statusCode(), next);
            pages.add(r);
            next = links(r).get("next");
            assertTrue(pages.size() <= DOCUMENTS, "the walk ends");
        }
        return pages;
    }

    private static long count(String select) {
        try (QueryExecution qe = QueryExecution.model(corpus).query(Prefixes.sparql(IriScheme.defaults()) + select).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void theLandingPageOfAThousandDocumentsListsOnePageOfEachListAndLinksToTheLists() throws Exception {
        String html = s.get("/", "text/html").body();
        assertTrue(html.contains("<strong>" + DOCUMENTS + "</strong> documents"), "the count of all documents");
        assertEquals(LandingPage.SHOWN, hrefs(html, "<ul class=\"documents\">", "</ul>").size());
        assertEquals(LandingPage.SHOWN, hrefs(html, "<ul class=\"actors\">", "</ul>").size());
        assertEquals(LandingPage.SHOWN, Pattern.compile("<tr><td>").matcher(html).results().count(), "20 obligations");
        for (String list : ListPages.PATHS) {
            assertTrue(html.contains("href=\"" + PUBLIC + list + "\""), list);
        }
        assertTrue(html.length() < 200_000, "one page, not the corpus: " + html.length() + " characters");
    }

    @Test
    void walkingTheNextLinksOfTheDocumentsListReachesEveryDocumentExactlyOnce() throws Exception {
        for (String first : List.of(PUBLIC + "documents", PUBLIC + "documents?size=300")) {
            List<HttpResponse<String>> pages = walk(s, PUBLIC, first);
            List<String> seen = new ArrayList<>();
            for (HttpResponse<String> page : pages) {
                seen.addAll(hrefs(page.body(), "<ul class=\"documents\">", "</ul>"));
            }
            assertEquals(DOCUMENTS, seen.size(), first);
            assertEquals(DOCUMENTS, new HashSet<>(seen).size(), "no document twice: " + first);
            List<String> expected = corpus.listSubjectsWithProperty(RDF.type, CCG.CouncilText)
                    .mapWith(r -> PUBLIC + r.getURI().substring(IriScheme.DEFAULT_BASE.length())).toList();
            assertEquals(new HashSet<>(expected), new HashSet<>(seen));
            int size = first.endsWith("300") ? 300 : ListPages.DEFAULT_SIZE;
            assertEquals((DOCUMENTS + size - 1) / size, pages.size());
        }
    }

    @Test
    void everyPageNamesTheFirstPreviousNextAndLastPagesInLinkHeadersAndInThePage() throws Exception {
        HttpResponse<String> first = s.get("/documents", "text/html");
        Map<String, String> rels = links(first);
        assertEquals(List.of("first", "next", "last"), List.copyOf(rels.keySet()));
        assertEquals(PUBLIC + "documents", rels.get("first"));
        assertEquals(PUBLIC + "documents?page=2", rels.get("next"));
        assertEquals(PUBLIC + "documents?page=20", rels.get("last"));
        HttpResponse<String> middle = s.get("/documents?page=7&size=100", "text/html");
        rels = links(middle);
        assertEquals(List.of("first", "prev", "next", "last"), List.copyOf(rels.keySet()));
        assertEquals(PUBLIC + "documents?page=6&size=100", rels.get("prev"));
        assertEquals(PUBLIC + "documents?page=10&size=100", rels.get("last"));
        assertEquals(rels.values().stream().toList(), hrefs(middle.body(), "<nav class=\"pager\"", "</nav>"),
                "the page links what the headers name");
        HttpResponse<String> last = s.get("/documents?page=10&size=100", "text/html");
        assertEquals(List.of("first", "prev", "last"), List.copyOf(links(last).keySet()));
        for (String list : List.of("actors", "instruments", "obligations")) {
            HttpResponse<String> r = s.get("/" + list, "text/html");
            assertEquals(200, r.statusCode(), list);
            assertEquals(PUBLIC + list, links(r).get("first"), list);
        }
        String obligations = s.get("/obligations?size=500", "text/html").body();
        assertEquals(DOCUMENTS / 2, Pattern.compile("<tr><td>").matcher(obligations).results().count());
    }

    @Test
    void aBadPageOrSizeIs400WithAClearMessageAndAPageAfterTheLastIs404() throws Exception {
        for (String query : List.of("page=0", "page=-1", "page=abc", "page=1.5", "page=99999999999", "page=", "size=0",
                "size=501", "size=ten", "page=2&size=0")) {
            HttpResponse<String> r = s.get("/documents?" + query, "text/html");
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.body().startsWith("Bad request: "), query + ": " + r.body());
            assertTrue(r.body().contains("must be a whole number from 1 to"), r.body());
        }
        assertEquals(400, s.get("/actors?size=100000", null).statusCode());
        assertEquals(200, s.get("/documents?page=20", "text/html").statusCode());
        HttpResponse<String> past = s.get("/documents?page=21", "text/html");
        assertEquals(404, past.statusCode());
        assertTrue(past.body().contains("there are 20 pages"), past.body());
        assertEquals(404, s.get("/obligations?page=2&size=500", null).statusCode());
    }

    @Test
    void facetCountsAreTheNumbersOfDocumentsADirectSparqlCountFinds() throws Exception {
        String html = s.get("/documents", "text/html").body();
        Map<String, Long> years = facet(html, "year");
        assertEquals(20, years.size());
        for (Map.Entry<String, Long> y : years.entrySet()) {
            assertEquals(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ccg:CouncilText ; eli:date_document ?date "
                    + "FILTER (YEAR(?date) = " + y.getKey() + ") }"), y.getValue(), "year " + y.getKey());
        }
        Map<String, Long> actors = facet(html, "actor");
        assertEquals(ADDRESSEES.length + 1, actors.size(), "the addressees and the Council: " + actors);
        for (Map.Entry<String, Long> a : actors.entrySet()) {
            assertEquals(count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?o a ccg:Obligation ; ccg:inSubdivision/eli:is_part_of ?d "
                    + "{ ?o ccg:addressee <" + a.getKey() + "> } UNION { ?o ccg:expressedBy/ccg:speaker <" + a.getKey() + "> } }"),
                    a.getValue(), a.getKey());
        }
        Map<String, Long> forces = facet(html, "force");
        assertEquals(ACTS.length, forces.size());
        String commission = IriScheme.defaults().actor("commission");
        String urging = IriScheme.defaults().force("urging");
        String narrowed = "/documents?year=2004&actor=" + Paging.encode(commission) + "&force=" + Paging.encode(urging);
        long expected = count("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d eli:date_document ?date FILTER (YEAR(?date) = 2004) "
                + "?o ccg:inSubdivision/eli:is_part_of ?d ; ccg:addressee <" + commission + "> ; "
                + "ccg:expressedBy/ccg:speechAct/ccg:force <" + urging + "> }");
        assertTrue(expected > 0, "the test asks for documents that exist");
        HttpResponse<String> r = s.get(narrowed, "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<p class=\"lead\">" + expected + " document"), "the total of the narrowed list");
        assertEquals(expected, hrefs(r.body(), "<ul class=\"documents\">", "</ul>").size());
        assertEquals(expected, facet(r.body(), "year").get("2004"), "the chosen year counts the narrowed list");
        assertTrue(links(r).get("first").startsWith(PUBLIC + "documents?year=2004&actor="), "links keep the facets");
        String remove = hrefs(r.body(), "<ul class=\"facet-year\">", "</ul>").stream().filter(h -> !h.contains("year="))
                .findFirst().orElseThrow();
        assertEquals(PUBLIC + "documents?actor=" + Paging.encode(commission) + "&force=" + Paging.encode(urging), remove,
                "the chosen year links to the list without it");
    }

    /** The values of a facet on a documents page with their counts, by value (year, or IRI). */
    private static Map<String, Long> facet(String html, String name) {
        Map<String, Long> out = new TreeMap<>();
        int from = html.indexOf("<ul class=\"facet-" + name + "\">");
        String part = html.substring(from, html.indexOf("</ul>", from));
        Matcher li = Pattern.compile("<li[^>]*>(.*?)</li>").matcher(part);
        while (li.find()) {
            Matcher count = Pattern.compile("<span class=\"count\">(\\d+)</span>").matcher(li.group(1));
            Matcher chosen = Pattern.compile("<strong>([^<]*)</strong>").matcher(li.group(1));
            Matcher href = Pattern.compile("href=\"[^\"]*[?&]" + name + "=([^&\"]*)").matcher(li.group(1));
            if (count.find()) {
                String value = href.find() ? URLDecoder.decode(href.group(1).replace("&amp;", "&"), StandardCharsets.UTF_8)
                        : chosen.find() ? chosen.group(1) : "?";
                out.put(value, Long.parseLong(count.group(1)));
            }
        }
        return out;
    }

    @Test
    void hostileOrMalformedFacetValuesAreRefusedAndOddOnesSelectNothingAndAreEscaped() throws Exception {
        for (String query : List.of("year=20x9", "year=2019%22%20%7C%7C%20true", "year=19", "actor=council",
                "actor=javascript:alert(1)", "actor=" + Paging.encode("https://x.example/a> } ; DROP ALL ; <b"),
                "force=" + Paging.encode("<script>alert(1)</script>"), "actor=" + Paging.encode("https://x.example/\"onmouseover=\"x"))) {
            HttpResponse<String> r = s.get("/documents?" + query, "text/html");
            assertEquals(400, r.statusCode(), query);
            assertTrue(r.body().startsWith("Bad request: "), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), query);
            assertFalse(r.body().contains("Exception") || r.body().contains("at org."), "no stack trace: " + r.body());
        }
        String odd = "https://x.example/it's&<b>";
        assertEquals(400, s.get("/documents?actor=" + Paging.encode(odd), null).statusCode(), "'<' is no IRI character");
        String unknown = "https://x.example/it's&amp";
        HttpResponse<String> r = s.get("/documents?actor=" + Paging.encode(unknown), "text/html");
        assertEquals(200, r.statusCode(), "an actor the data does not know selects nothing");
        assertTrue(r.body().contains("<p class=\"lead\">0 documents"), r.body());
        assertFalse(r.body().contains("it's&amp<"), "the value is escaped");
        assertTrue(r.body().contains("it&#39;s&amp;amp"), "the value is shown escaped");
        assertTrue(r.body().contains("href=\"" + PUBLIC + "documents\""), "a link back to all documents");
    }

    @Test
    void theNamedQueryApiAnswersDisjointPagesWhoseUnionIsTheUnpagedResult() throws Exception {
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        new QueryRunner(DatasetFactory.create(corpus)).run(QueryRunner.parse(QueryCatalog.text("obligations").orElseThrow()),
                ResultFormat.CSV, direct);
        List<String> all = direct.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(DOCUMENTS / 2 + 1, all.size(), "a header and one row per obligation");
        List<String> paged = new ArrayList<>();
        String next = PUBLIC + "api/obligations.csv?size=37";
        int pages = 0;
        while (next != null) {
            HttpResponse<String> r = s.get(path(next, PUBLIC), null);
            assertEquals(200, r.statusCode());
            List<String> lines = r.body().lines().toList();
            assertEquals(all.get(0), lines.get(0), "every page has the header");
            assertTrue(lines.size() - 1 <= 37);
            paged.addAll(lines.subList(1, lines.size()));
            Map<String, String> rels = links(r);
            assertEquals(PUBLIC + "api/obligations.csv?size=37", rels.get("first"));
            assertEquals(pages > 0, rels.containsKey("prev"));
            next = rels.get("next");
            pages++;
        }
        assertEquals((DOCUMENTS / 2 + 36) / 37, pages);
        assertEquals(new HashSet<>(all.subList(1, all.size())), new HashSet<>(paged), "the union is the whole result");
        assertEquals(DOCUMENTS / 2, new HashSet<>(paged).size(), "no row twice");
        List<String> one = s.get("/api/obligations.csv?size=" + NamedQueryApi.MAX_SIZE, null).body().lines().toList();
        assertEquals(paged, one.subList(1, one.size()), "pages are cut from one order");
        HttpResponse<String> json = s.get("/api/obligations?page=2&size=10", "application/sparql-results+json");
        assertEquals(10, org.apache.jena.atlas.json.JSON.parse(json.body()).getObj("results").get("bindings").getAsArray().size());
        assertEquals(PUBLIC + "api/obligations?page=3&size=10", links(json).get("next"));
        assertEquals(404, s.get("/api/obligations.csv?page=100&size=37", null).statusCode());
        assertEquals(400, s.get("/api/obligations.csv?size=" + (NamedQueryApi.MAX_SIZE + 1), null).statusCode());
        assertEquals(400, s.get("/api/obligations.csv?page=first", null).statusCode());
        Optional<String> none = links(s.get("/api/footnotes.csv", null)).keySet().stream().filter(k -> !k.equals("first"))
                .findFirst();
        assertEquals(Optional.empty(), none, "one page without rows has neither previous nor next");
    }
}
