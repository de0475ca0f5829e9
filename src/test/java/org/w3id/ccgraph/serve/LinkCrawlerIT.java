package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every link the server prints or advertises resolves: a crawler starts at the pages, the catalogue, VoID, the
 * service description, robots.txt and the icon browsers ask for unasked, and follows every href, src and
 * form action of the HTML, every Link, Content-Location and Location header, and every URL of the server
 * written in any other text it serves (RDF of the dataset descriptions, sitemap, robots, OpenAPI), within the
 * server's own public base. None may answer 4xx or 5xx.
 */
class LinkCrawlerIT {

    private static final List<String> SEEDS = List.of("", "catalog", ".well-known/void", "sparql", "robots.txt",
            "favicon.ico", "query", "api/", "download/", "def", "sitemap.xml");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:href|src|action)=\"([^\"]*)\"");
    private static final Pattern LINK_HEADER = Pattern.compile("<([^>]*)>");
    private static final int MAX = 20_000;

    private static TestServer s;
    private static String base;
    private static final Map<String, String> FROM = new LinkedHashMap<>();
    private static final Map<String, Integer> STATUS = new LinkedHashMap<>();

    @BeforeAll
    static void crawl() throws Exception {
        s = TestServer.bundledServer();
        base = s.server.publicBase().url();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Deque<String> queue = new ArrayDeque<>();
        SEEDS.forEach(p -> enqueue(queue, base + p, "(seed)"));
        while (!queue.isEmpty() && STATUS.size() < MAX) {
            String url = queue.poll();
            HttpRequest r = HttpRequest.newBuilder(URI.create(s.url("/" + url.substring(base.length()))))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build();
            HttpResponse<String> resp = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            STATUS.put(url, resp.statusCode());
            links(resp).forEach(link -> enqueue(queue, link, url));
        }
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    /** Every link in a response: headers always, the body when it is text. */
    private static List<String> links(HttpResponse<String> resp) {
        List<String> found = new ArrayList<>();
        for (String name : List.of("Link", "Content-Location", "Location")) {
            for (String value : resp.headers().allValues(name)) {
                Matcher m = LINK_HEADER.matcher(value);
                boolean any = false;
                while (m.find()) {
                    found.add(m.group(1));
                    any = true;
                }
                if (!any) {
                    found.add(value.strip());
                }
            }
        }
        String type = resp.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            Matcher m = ATTRIBUTE.matcher(resp.body());
            while (m.find()) {
                found.add(unescape(m.group(1)));
            }
        } else if (rdf(type) != null) {
            Model m = ModelFactory.createDefaultModel();
            RDFParser.create().fromString(resp.body()).lang(rdf(type)).parse(m);
            m.listStatements().forEachRemaining(st -> {
                for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                    if (n.isURIResource()) {
                        found.add(n.asResource().getURI());
                    }
                }
            });
        } else if (type.startsWith("text/") || type.contains("xml") || type.contains("json")) {
            Matcher m = Pattern.compile(Pattern.quote(base) + "[^\\s\"'<>]*").matcher(resp.body());
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    /** The RDF syntax of a Content-Type the server negotiates, or null. */
    private static Lang rdf(String contentType) {
        String type = contentType.split(";")[0].strip();
        return Representation.RDF.stream().anyMatch(r -> r.mediaType().equals(type)) ? RDFLanguages.contentTypeToLang(type) : null;
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static void enqueue(Deque<String> queue, String link, String from) {
        String url;
        try {
            url = URI.create(base).resolve(IriPaths.toUri(link)).toString();
        } catch (IllegalArgumentException e) {
            STATUS.put(link, 999);
            FROM.put(link, from);
            return;
        }
        int hash = url.indexOf('#');
        url = hash >= 0 ? url.substring(0, hash) : url;
        if (url.startsWith(base) && !FROM.containsKey(url)) {
            FROM.put(url, from);
            queue.add(url);
        }
    }

    @Test
    void noLinkWithinTheServerAnswersAnError() {
        List<String> broken = new ArrayList<>();
        STATUS.forEach((url, status) -> {
            if (status >= 400) {
                broken.add((status == 999 ? "malformed" : status) + " " + url + " (linked from " + FROM.get(url) + ")");
            }
        });
        assertEquals(List.of(), broken);
        assertTrue(STATUS.size() < MAX, "the crawl ended: " + STATUS.size() + " URLs");
    }

    @Test
    void theCrawlReachedWhatTheServerAdvertises() {
        for (String path : List.of("sparql.ttl", "sparql.jsonld", "sparql.rdf", "sparql.nt", "sparql.html",
                "catalog.ttl", ".well-known/void.jsonld", "resource?iri=", "web/favicon.svg", "web/yasgui.min.js",
                "download/ccgraph.ttl", "api/openapi.json")) {
            assertEquals(200, STATUS.getOrDefault(base + path, -1), path + " was not reached or failed");
        }
        long resources = STATUS.keySet().stream().filter(u -> u.startsWith(base + "id/doc/") && u.endsWith(".jsonld")).count();
        assertTrue(resources > 100, "followed the alternates of the resource pages: " + resources);
    }
}
