package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /search?q=...}: the resources whose labels or texts match, best first, a page at a time
 * ({@code page}, from 1; {@code size}, at most {@value #MAX_SIZE}), optionally in one language ({@code lang});
 * as HTML, or as JSON for {@code Accept: application/json} and at {@code /search.json}. Each hit has its label,
 * types, a snippet with the matching words marked and a link to its page; first, previous and next pages are
 * linked in the page, the JSON and a {@code Link} header. Without {@code q}, the page is the form alone; an
 * empty, over-long or unreadable query, or a bad page, is 400. Knows only {@link TextSearch}, not what
 * implements it.
 */
final class SearchPage {

    /** The path of the page. */
    static final String PATH = "search";
    /** Hits on a page unless {@code size} says otherwise. */
    static final int DEFAULT_SIZE = 20;
    /** The most hits on a page. */
    static final int MAX_SIZE = 100;
    /** The longest query, in characters. */
    static final int MAX_QUERY = 500;
    /** The last page that may be asked for. */
    static final int MAX_PAGE = 1_000;
    private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{0,6}");
    /** Characters that may not stand in an IRI written in SPARQL. */
    private static final Pattern UNSAFE_IRI = Pattern.compile("[\\s<>\"{}|\\\\^`]");

    private final Publication p;
    private final TextSearch search;
    private final Exchange x;

    SearchPage(Publication p, TextSearch search, Exchange x) {
        this.p = p;
        this.search = search;
        this.x = x;
    }

    /** What was asked, checked. */
    private record Ask(String q, String lang, int page, int size) {
    }

    /** Answers {@code /search} ({@code json} false: negotiated) or {@code /search.json}. */
    void answer(boolean json) throws IOException {
        Representation rep;
        if (json) {
            rep = Representation.JSON;
        } else {
            Optional<Representation> r = x.negotiate(List.of(Representation.HTML, Representation.JSON));
            if (r.isEmpty()) {
                x.notAcceptable(List.of(Representation.HTML, Representation.JSON));
                return;
            }
            rep = r.get();
        }
        if (x.param("q") == null && rep == Representation.HTML) {
            x.send(Rendered.of(Pages.page(p.base(), "Search", "", form(new Html(), "", null).toString()),
                    rep.contentType()), !json);
            return;
        }
        Ask ask;
        TextSearch.Hits hits;
        try {
            ask = ask();
            hits = search.search(ask.q(), ask.lang(), (ask.page() - 1) * ask.size(), ask.size());
        } catch (TextSearch.BadQuery e) {
            x.fail(HttpServletResponse.SC_BAD_REQUEST, "Bad request: " + e.getMessage(),
                    rep == Representation.HTML ? Representation.HTML : Representation.TEXT);
            return;
        }
        Map<String, String> links = links(ask, hits);
        links.forEach((rel, url) -> x.header("Link", "<" + url + ">; rel=\"" + rel + "\""));
        Model about = about(hits);
        String body = rep == Representation.HTML ? html(ask, hits, links, about) : json(ask, hits, links, about);
        x.send(Rendered.of(body, rep == Representation.HTML ? rep.contentType() : "application/json"), !json);
    }

    private Ask ask() {
        String q = x.param("q");
        if (q == null || q.isBlank()) {
            throw new TextSearch.BadQuery("give the words to search for as q, e.g. " + p.base().url(PATH) + "?q=council");
        }
        if (q.length() > MAX_QUERY) {
            throw new TextSearch.BadQuery("expected a query of at most " + MAX_QUERY + " characters, found "
                    + q.length());
        }
        String lang = x.param("lang");
        if (lang != null && lang.isEmpty()) {
            lang = null;
        }
        if (lang != null && !search.languages().contains(lang)) {
            throw new TextSearch.BadQuery("expected lang to be one of " + String.join(", ", search.languages())
                    + " or absent, found '" + lang + "'");
        }
        int page = number("page", 1, MAX_PAGE);
        int size = number("size", DEFAULT_SIZE, MAX_SIZE);
        return new Ask(q.strip(), lang, page, size);
    }

    private int number(String name, int absent, int max) {
        String v = x.param(name);
        if (v == null) {
            return absent;
        }
        if (!DIGITS.matcher(v).matches() || Integer.parseInt(v) > max) {
            throw new TextSearch.BadQuery("expected " + name + " to be a whole number from 1 to " + max + ", found '"
                    + v + "'");
        }
        return Integer.parseInt(v);
    }

    /** The first, previous and next pages that exist, in that order. */
    private Map<String, String> links(Ask ask, TextSearch.Hits hits) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("first", url(ask, 1));
        if (ask.page() > 1) {
            int last = Math.max(1, (hits.total() + ask.size() - 1) / ask.size());
            links.put("prev", url(ask, Math.min(ask.page() - 1, last)));
        }
        if ((long) ask.page() * ask.size() < hits.total() && ask.page() < MAX_PAGE) {
            links.put("next", url(ask, ask.page() + 1));
        }
        return links;
    }

    /** The URL of a page of the same search, in the representation asked for, from the public base. */
    private String url(Ask ask, int page) {
        return url(ask, page, x.path().endsWith(".json"));
    }

    private String url(Ask ask, int page, boolean json) {
        StringBuilder b = new StringBuilder(p.base().url(PATH + (json ? ".json" : ""))).append("?q=").append(encode(ask.q()));
        if (ask.lang() != null) {
            b.append("&lang=").append(encode(ask.lang()));
        }
        if (ask.size() != DEFAULT_SIZE) {
            b.append("&size=").append(ask.size());
        }
        if (page > 1) {
            b.append("&page=").append(page);
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The names and types of the page's hits, asked of the published data. */
    private Model about(TextSearch.Hits hits) {
        StringBuilder values = new StringBuilder();
        for (TextSearch.Hit h : hits.hits()) {
            if (!UNSAFE_IRI.matcher(h.iri()).find()) {
                values.append('<').append(h.iri()).append("> ");
            }
        }
        if (values.length() == 0) {
            return org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        }
        StringBuilder props = new StringBuilder("rdf:type");
        Labels.NAMING.forEach(n -> props.append(" <").append(n.getURI()).append('>'));
        return p.construct("CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s { " + values + "} VALUES ?p { " + props
                + " } ?s ?p ?o }");
    }

    private String label(Model about, String iri) {
        String found = Labels.find(about, about.createResource(iri));
        return found != null ? found : p.labels().shortName(iri);
    }

    /** The names of the resource's types (from the ontology, else their prefixed names), sorted. */
    private List<String> types(Model about, String iri) {
        TreeSet<String> names = new TreeSet<>();
        about.createResource(iri).listProperties(RDF.type).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                Resource t = s.getResource();
                String name = Labels.find(p.ontology(), t);
                names.add(name != null ? name : p.labels().shortName(t.getURI()));
            }
        });
        return new ArrayList<>(names);
    }

    /** The heading and the form, filled in with what was asked. */
    private Html form(Html h, String q, String lang) {
        h.raw("<h1>Search</h1>\n<form class=\"search\" method=\"get\"").attr("action", p.base().url(PATH)).raw(">")
                .raw("<label for=\"q\">Words or \"a phrase\"</label> <input type=\"search\" id=\"q\" name=\"q\" size=\"40\" required")
                .attr("maxlength", Integer.toString(MAX_QUERY)).attr("value", q).raw("> <select name=\"lang\"")
                .raw(" aria-label=\"language\"><option value=\"\">all languages</option>");
        for (String l : search.languages()) {
            h.raw("<option").attr("value", l).raw(l.equals(lang) ? " selected" : "").raw(">").text(l).raw("</option>");
        }
        return h.raw("</select> <button type=\"submit\">Search</button></form>\n");
    }

    private String html(Ask ask, TextSearch.Hits hits, Map<String, String> links, Model about) {
        PublicBase base = p.base();
        Html h = form(new Html(), ask.q(), ask.lang());
        h.raw("<p class=\"count\">");
        int from = (ask.page() - 1) * ask.size() + 1;
        if (hits.hits().isEmpty()) {
            h.text(hits.total() == 0 ? "Nothing matches " : "No more results for ").element("q", ask.q()).raw(".");
        } else {
            h.text("Results " + from + "–" + (from + hits.hits().size() - 1) + " of " + (hits.more() ? "more than " : "")
                    + hits.total() + " for ").element("q", ask.q()).raw(".");
        }
        h.raw("</p>\n<ol class=\"hits\"").attr("start", Integer.toString(from)).raw(">\n");
        for (TextSearch.Hit hit : hits.hits()) {
            h.raw("<li><a").attr("href", base.locate(hit.iri())).raw(">").text(label(about, hit.iri())).raw("</a>");
            for (String t : types(about, hit.iri())) {
                h.raw(" <span class=\"type\">").text(t).raw("</span>");
            }
            h.raw("<br><span class=\"snippet\"");
            if (!hit.language().isEmpty()) {
                h.attr("lang", hit.language());
            }
            h.raw(">");
            for (TextSearch.Part part : hit.snippet()) {
                if (part.match()) {
                    h.element("mark", part.text());
                } else {
                    h.text(part.text());
                }
            }
            h.raw("</span> <small class=\"property\">").text(p.labels().qname(hit.property())).raw("</small></li>\n");
        }
        h.raw("</ol>\n<nav class=\"pages\">");
        String[][] names = {{"first", "First page"}, {"prev", "Previous page"}, {"next", "Next page"}};
        for (String[] n : names) {
            if (links.containsKey(n[0])) {
                h.raw("<a").attr("rel", n[0]).attr("href", links.get(n[0])).raw(">").text(n[1]).raw("</a> ");
            }
        }
        h.raw("</nav>\n<p class=\"actions\">").link(url(ask, ask.page(), true), "These results as JSON")
                .raw("; the same search in SPARQL: <code>?s text:query (ccg:text \"…\")</code> at ")
                .link(base.url(LinkedDataFilter.SPARQL), "the endpoint").raw(".</p>\n");
        Html head = new Html();
        head.raw("<meta name=\"robots\" content=\"noindex\">\n");
        return Pages.page(base, "Search: " + ask.q(), head.toString(), h.toString());
    }

    private String json(Ask ask, TextSearch.Hits hits, Map<String, String> links, Model about) {
        JsonObject o = new JsonObject();
        o.put("query", ask.q());
        if (ask.lang() != null) {
            o.put("lang", ask.lang());
        }
        o.put("page", ask.page());
        o.put("size", ask.size());
        o.put("total", hits.total());
        o.put("totalIsLowerBound", hits.more());
        links.forEach(o::put);
        JsonArray items = new JsonArray();
        for (TextSearch.Hit hit : hits.hits()) {
            JsonObject i = new JsonObject();
            i.put("iri", hit.iri());
            i.put("url", p.base().locate(hit.iri()));
            i.put("label", label(about, hit.iri()));
            JsonArray types = new JsonArray();
            types(about, hit.iri()).forEach(types::add);
            i.put("types", types);
            i.put("score", JsonNumber.value(hit.score()));
            i.put("property", hit.property());
            if (!hit.language().isEmpty()) {
                i.put("language", hit.language());
            }
            i.put("snippet", hit.text());
            JsonArray matches = new JsonArray();
            int at = 0;
            for (TextSearch.Part part : hit.snippet()) {
                if (part.match()) {
                    JsonArray span = new JsonArray();
                    span.add(at);
                    span.add(at + part.text().length());
                    matches.add(span);
                }
                at += part.text().length();
            }
            i.put("matches", matches);
            items.add(i);
        }
        o.put("hits", items);
        return JSON.toString(o) + "\n";
    }
}
