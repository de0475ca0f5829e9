package org.w3id.ccgraph.serve;

import java.util.TreeSet;
import org.apache.jena.rdf.model.Resource;

/**
 * {@code /sitemap.xml}: the pages and the public URL of every resource the server publishes, except the
 * provenance nodes of single facts, which their facts' pages show.
 */
final class Sitemap {

    private Sitemap() {
    }

    /** The sitemap of a publication. */
    static String of(Publication p) {
        PublicBase base = p.base();
        TreeSet<String> urls = new TreeSet<>();
        for (String path : new String[] {"", LinkedDataFilter.QUERY, LinkedDataFilter.DOWNLOAD, LinkedDataFilter.API,
                LinkedDataFilter.CATALOG, LinkedDataFilter.VOID, PublicBase.ONTOLOGY_PATH}) {
            urls.add(base.url(path));
        }
        for (Resource r : p.everything().listSubjects().toList()) {
            if (r.isURIResource() && r.getURI().startsWith(p.scheme().dataSpace()) && !r.getURI().contains("/source")) {
                urls.add(base.locate(r.getURI()));
            }
        }
        Html h = new Html();
        h.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            h.raw("<url><loc>").text(url).raw("</loc></url>\n");
        }
        h.raw("</urlset>\n");
        return h.toString();
    }
}
