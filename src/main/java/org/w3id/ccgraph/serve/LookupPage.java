package org.w3id.ccgraph.serve;

/**
 * The page of the lookup endpoint ({@code /resource}) when no IRI is given, as VoID advertises it: a form
 * that asks for a canonical IRI and sends it back as {@code ?iri=}, answered with a 303 to its page.
 */
final class LookupPage {

    private final Publication p;

    LookupPage(Publication p) {
        this.p = p;
    }

    /** The page. */
    String render() {
        PublicBase base = p.base();
        Html body = new Html();
        body.raw("<h1>Look up an IRI</h1>\n<p>Every IRI minted under ").element("code", base.canonical())
                .raw(" and every term of the ontology is published here; give one to be sent to its page.</p>\n")
                .raw("<form method=\"get\"").attr("action", base.url(LinkedDataFilter.LOOKUP)).raw(">")
                .raw("<label for=\"iri\">IRI</label> <input type=\"url\" id=\"iri\" name=\"iri\" size=\"60\" required")
                .attr("placeholder", base.canonical() + "id/…").raw("> <button type=\"submit\">Look up</button></form>\n");
        return Pages.page(base, "Look up an IRI", "", body.toString());
    }
}
