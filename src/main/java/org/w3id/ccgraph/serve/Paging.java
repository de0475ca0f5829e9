package org.w3id.ccgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One page of a list or of a named query's results: which page (from 1) and how many items a page holds,
 * read from {@code ?page=} and {@code ?size=}; and the links to the first, previous, next and last pages,
 * built from the configured public base.
 *
 * @param page        the page, from 1
 * @param size        the items per page
 * @param defaultSize the size when none is asked for (left out of links)
 */
record Paging(int page, int size, int defaultSize) {

    /** The highest page number taken, so that an offset stays well within a long. */
    static final int MAX_PAGE = 10_000_000;

    /** A page or size parameter that is not a number in range: the request is answered 400 with the message. */
    static final class Invalid extends IllegalArgumentException {
        Invalid(String message) {
            super(message);
        }
    }

    /** The page a request asks for; without parameters the first page of the default size. */
    static Paging of(Exchange x, int defaultSize, int maxSize) {
        int page = number(x.param("page"), "page", 1, MAX_PAGE, 1);
        int size = number(x.param("size"), "size", 1, maxSize, defaultSize);
        return new Paging(page, size, defaultSize);
    }

    private static int number(String value, String name, int min, int max, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            throw new Invalid("Bad request: " + name + " must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(value);
    }

    /** How many items come before this page. */
    long offset() {
        return (long) (page - 1) * size;
    }

    /** The number of pages of a list of {@code total} items: at least one, which may be empty. */
    long last(long total) {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The URL of page {@code n} of the list at {@code path} with the other parameters {@code params}. */
    String url(PublicBase base, String path, Map<String, String> params, long n) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=').append(encode(v)));
        if (n != 1) {
            query.append(query.isEmpty() ? "?" : "&").append("page=").append(n);
        }
        if (size != defaultSize) {
            query.append(query.isEmpty() ? "?" : "&").append("size=").append(size);
        }
        return base.url(path) + query;
    }

    /** The first, previous, next and last pages by relation, for a list of known length. */
    Map<String, String> links(PublicBase base, String path, Map<String, String> params, long total) {
        long last = last(total);
        Map<String, String> rels = new LinkedHashMap<>();
        rels.put("first", url(base, path, params, 1));
        if (page > 1) {
            rels.put("prev", url(base, path, params, Math.min(page - 1, last)));
        }
        if (page < last) {
            rels.put("next", url(base, path, params, page + 1));
        }
        rels.put("last", url(base, path, params, last));
        return rels;
    }

    /** The first, previous and next pages by relation, for results whose length is not counted. */
    Map<String, String> links(PublicBase base, String path, Map<String, String> params, boolean more) {
        Map<String, String> rels = new LinkedHashMap<>();
        rels.put("first", url(base, path, params, 1));
        if (page > 1) {
            rels.put("prev", url(base, path, params, page - 1));
        }
        if (more) {
            rels.put("next", url(base, path, params, page + 1));
        }
        return rels;
    }

    /** Sends the links as {@code Link} headers (RFC 8288). */
    static void header(Exchange x, Map<String, String> rels) {
        rels.forEach((rel, url) -> x.header("Link", "<" + url + ">; rel=\"" + rel + "\""));
    }

    /** The previous and next pages as {@code <link>} elements of the page's head. */
    static String head(Map<String, String> rels) {
        Html h = new Html();
        for (String rel : new String[] {"prev", "next"}) {
            if (rels.containsKey(rel)) {
                h.raw("<link").attr("rel", rel).attr("href", rels.get(rel)).raw(">\n");
            }
        }
        return h.toString();
    }

    /** The links as a navigation bar; "page N of M" between them. */
    void nav(Html h, Map<String, String> rels, long last) {
        h.raw("<nav class=\"pager\" aria-label=\"pages\">");
        String[][] names = {{"first", "« first"}, {"prev", "‹ previous"}};
        for (String[] n : names) {
            link(h, rels, n[0], n[1]);
        }
        h.raw(" <span>").text("page " + page + " of " + last).raw("</span> ");
        link(h, rels, "next", "next ›");
        link(h, rels, "last", "last »");
        h.raw("</nav>\n");
    }

    private static void link(Html h, Map<String, String> rels, String rel, String text) {
        if (rels.containsKey(rel)) {
            h.raw(" <a").attr("href", rels.get(rel)).attr("rel", rel).raw(">").text(text).raw("</a>");
        }
    }

    /** A query parameter's value percent-encoded for a URL (spaces as %20). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
