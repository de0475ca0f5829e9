package org.w3id.ccgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code /sitemap.xml}: the pages and the public URL of every resource the server publishes, except the
 * provenance nodes of single facts, which their facts' pages show. Up to {@value #PER_FILE} URLs (the limit of
 * the sitemap protocol) it is one sitemap; beyond, a sitemap index of {@code /sitemap.xml?page=N}.
 */
final class Sitemap {

    /** The most URLs in one sitemap file. */
    static final int PER_FILE = 50_000;

    private Sitemap() {
    }

    /** The sitemap of a publication: page 0 is the sitemap or, when there are more URLs than fit, the index. */
    static String of(Publication p, int page) {
        List<String> urls = urls(p);
        Html h = new Html();
        h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int pages = (urls.size() + PER_FILE - 1) / PER_FILE;
        if (page == 0 && pages > 1) {
            h.raw("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (int i = 1; i <= pages; i++) {
                h.raw("<sitemap><loc>").text(p.base().url(LinkedDataFilter.SITEMAP) + "?page=" + i).raw("</loc></sitemap>\n");
            }
            return h.raw("</sitemapindex>\n").toString();
        }
        if (page > pages || (page > 0 && pages <= 1 && page != 1)) {
            return null;
        }
        int from = page == 0 ? 0 : (page - 1) * PER_FILE;
        h.raw("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls.subList(from, Math.min(urls.size(), from + PER_FILE))) {
            h.raw("<url><loc>").text(url).raw("</loc></url>\n");
        }
        h.raw("</urlset>\n");
        return h.toString();
    }

    private static List<String> urls(Publication p) {
        PublicBase base = p.base();
        TreeSet<String> urls = new TreeSet<>();
        for (String path : new String[] {"", LinkedDataFilter.QUERY, LinkedDataFilter.DOWNLOAD, LinkedDataFilter.API,
                LinkedDataFilter.CATALOG, LinkedDataFilter.VOID, PublicBase.ONTOLOGY_PATH}) {
            urls.add(base.url(path));
        }
        ListPages.PATHS.forEach(path -> urls.add(base.url(path)));
        String space = p.scheme().dataSpace();
        for (var row : p.select("SELECT DISTINCT ?s WHERE { ?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), "
                + org.apache.jena.riot.out.NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createLiteralString(space))
                + ")) }")) {
            String iri = row.getResource("s").getURI();
            if (!iri.contains("/source")) {
                urls.add(base.locate(iri));
            }
        }
        return new ArrayList<>(urls);
    }
}
