package org.w3id.ccgraph.serve;

import java.io.IOException;
import org.w3id.ccgraph.serve.describe.Dump;

/**
 * {@code /download/}: a page listing the dumps with what they hold, size and SHA-256, and the dump files
 * themselves.
 */
final class Downloads {

    private final Publication p;
    private final Exchange x;

    Downloads(Publication p, Exchange x) {
        this.p = p;
        this.x = x;
    }

    /** Answers {@code /download/<file>}; the empty name is the listing. */
    void answer(String file) throws IOException {
        if (file.isEmpty()) {
            x.send(p, "page:downloads", () -> Rendered.of(page(), Representation.HTML.contentType()), false);
            return;
        }
        for (Dump d : p.dumps()) {
            if (d.file().equals(file)) {
                x.header("Content-Disposition", "inline; filename=\"" + d.file() + "\"");
                x.sendFile(d.path(), d.size(), d.servedType(), d.etag());
                return;
            }
        }
        x.notFound(x.path());
    }

    private String page() {
        PublicBase base = p.base();
        Html h = new Html();
        h.raw("<h1>Downloads</h1>\n<p>The content graph (").text(Long.toString(p.content().size()))
                .raw(" triples) as files. Checksums and sizes are also in the ")
                .link(base.url(LinkedDataFilter.CATALOG), "DCAT-AP catalogue").raw(".</p>\n")
                .raw("<table class=\"downloads\">\n<tr><th>file</th><th>format</th><th>holds</th><th>bytes</th><th>SHA-256</th></tr>\n");
        for (Dump d : p.dumps()) {
            h.raw("<tr><td>").link(base.url(LinkedDataFilter.DOWNLOAD + d.file()), d.file()).raw("</td><td>")
                    .text(d.format().lang().getLabel() + (d.compression() != null ? ", gzip" : "")).raw("</td><td>")
                    .text(d.hasNamedGraphs() ? "the content (default graph) and the record of each conversion run (named graphs)"
                            : "the content graph").raw("</td><td>")
                    .text(Long.toString(d.size())).raw("</td><td><code>").text(d.sha256()).raw("</code></td></tr>\n");
        }
        h.raw("</table>\n");
        return Pages.page(base, "Downloads", "", h.toString());
    }
}
