package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The paged lists: {@code /documents} (narrowed by {@link Facets}), {@code /obligations} (the table),
 * {@code /actors} and {@code /instruments}. A page is chosen with {@code ?page=} and {@code ?size=}; it links to
 * the first, previous, next and last pages in the page and in {@code Link} headers. A page or size that is not a
 * number in range, or a facet value that is not a year or an IRI, is 400; a page after the last is 404.
 */
final class ListPages {

    static final String DOCUMENTS = "documents";
    static final String OBLIGATIONS = "obligations";
    static final String ACTORS = "actors";
    static final String INSTRUMENTS = "instruments";
    /** The paths this class answers. */
    static final List<String> PATHS = List.of(DOCUMENTS, OBLIGATIONS, ACTORS, INSTRUMENTS);
    /** Items per page when the request does not say. */
    static final int DEFAULT_SIZE = 50;
    /** The most items a page may hold. */
    static final int MAX_SIZE = 500;

    private final Publication p;
    private final Exchange x;

    ListPages(Publication p, Exchange x) {
        this.p = p;
        this.x = x;
    }

    /** Answers one of {@link #PATHS}. */
    void answer(String path) throws IOException {
        Paging paging;
        Facets facets;
        try {
            paging = Paging.of(x, DEFAULT_SIZE, MAX_SIZE);
            facets = path.equals(DOCUMENTS) ? Facets.of(x) : Facets.NONE;
        } catch (Paging.Invalid e) {
            x.fail(HttpServletResponse.SC_BAD_REQUEST, e.getMessage(), Representation.TEXT);
            return;
        }
        String list = path + "|" + facets.key();
        String key = "list:" + list + "|" + paging.page() + "|" + paging.size();
        x.lastModified(p.modified());
        if (x.notModified(p.etag(key), false)) {
            return;
        }
        long total = total("count:" + list, () -> count(path, facets));
        long last = paging.last(total);
        if (paging.page() > last) {
            x.notFound("page " + paging.page() + " of " + path + (facets.any() ? " " + facets.params() : "")
                    + ": with " + paging.size() + " a page, there " + (last == 1 ? "is 1 page" : "are " + last + " pages"));
            return;
        }
        Map<String, String> links = paging.links(p.base(), path, facets.params(), total);
        Paging.header(x, links);
        x.lastModified(p.modified());
        x.send(p, key, () -> Rendered.of(
                render(path, facets, paging, total, links), Representation.HTML.contentType()), false);
    }

    private long count(String path, Facets facets) {
        return switch (path) {
            case DOCUMENTS -> new DocumentList(p).count(facets);
            case OBLIGATIONS -> new ObligationTable(p).count();
            case ACTORS -> new ResourceList(p, ResourceList.Kind.ACTORS).count();
            default -> new ResourceList(p, ResourceList.Kind.INSTRUMENTS).count();
        };
    }

    /** A count made once per publication and list, kept in the page cache as its decimal text. */
    private long total(String key, LongSupplier count) {
        return Long.parseLong(new String(p.cached(key, () -> Rendered.of(Long.toString(count.getAsLong()),
                Representation.TEXT.contentType())).bytes(), StandardCharsets.UTF_8));
    }

    private String render(String path, Facets facets, Paging paging, long total, Map<String, String> links) {
        long last = paging.last(total);
        String title = Character.toUpperCase(path.charAt(0)) + path.substring(1);
        Html h = new Html();
        h.raw("<h1>").text(title).raw("</h1>\n<p class=\"lead\">").text(total + " " + (total == 1 ? singular(path) : path)
                + (facets.any() ? " with the chosen facets" : "") + ", " + paging.size() + " a page.");
        if (facets.any()) {
            h.raw(" ").link(paging.url(p.base(), path, Map.of(), 1), "All documents");
        }
        h.raw("</p>\n");
        if (path.equals(DOCUMENTS)) {
            DocumentList documents = new DocumentList(p);
            documents.facets(h, facets, paging, path);
            h.raw("<h2>Documents</h2>\n");
            documents.render(h, documents.page(facets, paging.offset(), paging.size()));
        } else if (path.equals(OBLIGATIONS)) {
            ObligationTable table = new ObligationTable(p);
            h.raw("<p>Who asks whom to do what, how strongly (strongest first: ").text(table.scale())
                    .raw("), by when, where, in the words of the text.</p>\n");
            table.render(h, paging.offset(), paging.size());
        } else {
            ResourceList items = new ResourceList(p, path.equals(ACTORS) ? ResourceList.Kind.ACTORS
                    : ResourceList.Kind.INSTRUMENTS);
            items.render(h, items.page(paging.offset(), paging.size()));
        }
        paging.nav(h, links, last);
        return Pages.page(p.base(), title + (last > 1 ? " (page " + paging.page() + " of " + last + ")" : ""),
                Paging.head(links), h.toString());
    }

    private static String singular(String path) {
        return path.substring(0, path.length() - 1);
    }
}
