package org.w3id.ccgraph.serve;

/** The frame every HTML page shares: head, navigation and footer, valid HTML5 with escaped text. */
final class Pages {

    private Pages() {
    }

    /** A complete page: {@code head} is extra markup for the head (links, JSON-LD), {@code body} the main content. */
    static String page(PublicBase base, String title, String head, String body) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw(" · ccgraph</title>\n")
                .raw("<link rel=\"stylesheet\"").attr("href", base.url(LinkedDataFilter.WEB + "ccgraph.css")).raw(">\n")
                .raw("<link rel=\"icon\"").attr("href", base.url(LinkedDataFilter.WEB + "favicon.svg"))
                .raw(" type=\"image/svg+xml\">\n")
                .raw(head).raw("</head>\n<body>\n<header class=\"site\"><nav>")
                .raw("<a class=\"home\"").attr("href", base.url("")).raw(">ccgraph</a> ")
                .link(base.url(LinkedDataFilter.QUERY), "Query").raw(" ")
                .link(base.url(LinkedDataFilter.DOWNLOAD), "Downloads").raw(" ")
                .link(base.url(LinkedDataFilter.API), "API").raw(" ")
                .link(base.url(LinkedDataFilter.CATALOG), "Catalogue").raw(" ")
                .link(base.url(PublicBase.ONTOLOGY_PATH), "Ontology")
                .raw("</nav><form class=\"search\" role=\"search\" method=\"get\"").attr("action", base.url(SearchPage.PATH))
                .raw("><input type=\"search\" name=\"q\" aria-label=\"Search the texts\" placeholder=\"Search\" required")
                .attr("maxlength", Integer.toString(SearchPage.MAX_QUERY)).raw("></form></header>\n<main>\n").raw(body).raw("</main>\n<footer class=\"site\">")
                .raw("Published by ccgraph · ")
                .link(base.url(LinkedDataFilter.SPARQL), "SPARQL endpoint").raw(" · ")
                .link(base.url(LinkedDataFilter.VOID), "VoID").raw(" · ")
                .link(base.url(LinkedDataFilter.SITEMAP), "sitemap")
                .raw("</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    /** A small page for an error status, without links that would need the configuration. */
    static String error(int status, String message) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .text(status + " · ccgraph").raw("</title>\n</head>\n<body>\n<h1>").text(Integer.toString(status))
                .raw("</h1>\n<p>").text(message).raw("</p>\n</body>\n</html>\n");
        return h.toString();
    }
}
