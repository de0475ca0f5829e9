package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ccgraph.graph.CCG;

/** Answers one GET or HEAD request of the linked-data side from the current publication. */
final class Routes {

    private final Publication p;
    private final Exchange x;
    private final PublicBase base;
    private final TextSearch search;

    Routes(Publication p, Exchange x, TextSearch search) {
        this.p = p;
        this.x = x;
        this.base = p.base();
        this.search = search;
    }

    /** A request path split into the path of the resource and the representation its extension asks for. */
    record Target(String path, Representation forced) {

        static Target of(String path) {
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot > slash + 1) {
                Optional<Representation> r = Representation.byExtension(path.substring(dot + 1));
                if (r.isPresent()) {
                    return new Target(path.substring(0, dot), r.get());
                }
            }
            return new Target(path, null);
        }
    }

    /** Sends the answer, reading the data in one read transaction. */
    void answer() throws IOException {
        try {
            p.read(() -> {
                try {
                    route();
                    return null;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void route() throws IOException {
        String path = x.path();
        String data = p.scheme().dataSpace().substring(p.scheme().base().length());
        if (path.isEmpty()) {
            x.lastModified(p.modified());
            if (!x.notModified(p.etag(Publication.STORED + "landing"), false)) {
                x.send(p.stored("landing", Representation.HTML.contentType(), () -> new LandingPage(p).render()), false);
            }
        } else if (path.equals(LinkedDataFilter.QUERY)) {
            html("page:query", () -> new QueryPage(p).render());
        } else if (path.startsWith(data)) {
            resource(Target.of(path));
        } else if (path.startsWith(LinkedDataFilter.DOWNLOAD)) {
            new Downloads(p, x).answer(path.substring(LinkedDataFilter.DOWNLOAD.length()));
        } else if (ListPages.PATHS.contains(path)) {
            new ListPages(p, x).answer(path);
        } else if (path.startsWith(LinkedDataFilter.API)) {
            new NamedQueryApi(p, x).answer(path.substring(LinkedDataFilter.API.length()));
        } else if (path.startsWith(LinkedDataFilter.WEB)) {
            StaticFiles.answer(x, path.substring(LinkedDataFilter.WEB.length()));
        } else {
            other(path);
        }
    }

    private void other(String path) throws IOException {
        Target t = Target.of(path);
        switch (t.path()) {
            case LinkedDataFilter.SPARQL -> document(path, p.scheme().datasetPart("sparql"), p::serviceDescription,
                    t.forced());
            case LinkedDataFilter.CATALOG -> document(path, p.scheme().catalog(), p::catalogue, t.forced());
            case LinkedDataFilter.VOID -> document(path, p.scheme().dataset(), p::voidGraph, t.forced());
            case LinkedDataFilter.VOID_ALIAS -> x.redirect(HttpServletResponse.SC_MOVED_PERMANENTLY,
                    base.url(LinkedDataFilter.VOID + path.substring(t.path().length())));
            case PublicBase.ONTOLOGY_PATH -> ontology(t.forced());
            case LinkedDataFilter.LOOKUP -> lookup();
            case SearchPage.PATH -> {
                if (t.forced() == null || t.forced() == Representation.JSON) {
                    new SearchPage(p, search, x).answer(t.forced() != null);
                } else {
                    x.notFound(path);
                }
            }
            default -> fixed(path);
        }
    }

    private void fixed(String path) throws IOException {
        switch (path) {
            case LinkedDataFilter.SITEMAP -> sitemap();
            case LinkedDataFilter.ROBOTS -> x.send(p, "robots", () -> Rendered.of("User-agent: *\nAllow: /\nSitemap: "
                    + base.url(LinkedDataFilter.SITEMAP) + "\n", Representation.TEXT.contentType()), false);
            case LinkedDataFilter.CONTEXT -> x.send(p, "context", () -> Rendered.of(RdfBytes.context(p.prefixes()),
                    "application/ld+json"), false);
            case LinkedDataFilter.FAVICON -> StaticFiles.answer(x, LinkedDataFilter.FAVICON);
            default -> x.notFound(path);
        }
    }

    private void sitemap() throws IOException {
        String page = x.param("page");
        int n;
        try {
            n = page == null ? 0 : Integer.parseInt(page);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || (page != null && n == 0)) {
            x.fail(HttpServletResponse.SC_BAD_REQUEST, "page must be a whole number from 1", Representation.TEXT);
            return;
        }
        int asked = n;
        boolean sent = x.lastModified(p.modified()).send(p, "sitemap|" + n, () -> {
            String xml = Sitemap.of(p, asked);
            return xml == null ? null : Rendered.of(xml, "application/xml; charset=utf-8");
        }, false);
        if (!sent) {
            x.notFound(x.path());
        }
    }

    private void html(String key, java.util.function.Supplier<String> page) throws IOException {
        x.lastModified(p.modified());
        x.send(p, key, () -> Rendered.of(page.get(), Representation.HTML.contentType()), false);
    }

    /** A minted IRI: its description in the negotiated or asked-for representation. */
    private void resource(Target t) throws IOException {
        Optional<String> iri = IriPaths.toIri(t.path()).map(base::iri);
        if (iri.isEmpty() || !p.describer(iri.get()).describes(iri.get())) {
            x.notFound(x.path());
            return;
        }
        boolean text = p.everything().contains(p.everything().createResource(iri.get()), RDF.type, CCG.SourceText);
        List<Representation> offers = text ? Representation.SOURCE_TEXT : Representation.RESOURCE;
        String doc = base.locate(iri.get());
        Optional<Representation> rep = choose(t, IriPaths.toUri(doc), offers);
        if (rep.isEmpty()) {
            return;
        }
        String key = iri.get() + "|" + rep.get();
        x.lastModified(p.modified());
        x.send(p, key, () -> render(iri.get(), doc + "." + rep.get().extension(), rep.get(), offers),
                t.forced() == null);
    }

    /** The representation of a resource served as the document at {@code url}. */
    private Rendered render(String iri, String url, Representation rep, List<Representation> offers) {
        if (rep == Representation.TEXT) {
            return Rendered.of(p.everything().createResource(iri).getProperty(CCG.content).getString(), rep.contentType());
        }
        Model d = p.describer(iri).describe(iri);
        if (rep == Representation.HTML) {
            return Rendered.of(new ResourcePage(p).render(iri, url, d, offers), rep.contentType());
        }
        return Rendered.of(RdfBytes.write(p.documents().describe(d, url, iri), rep), rep.contentType());
    }

    /** A whole graph at a path (catalogue, VoID, service description): RDF of the graph, or the page of its main node. */
    private void document(String path, String main, java.util.function.Supplier<Model> graph, Representation forced)
            throws IOException {
        String doc = base.url(forced == null ? path : path.substring(0, path.lastIndexOf('.')));
        Optional<Representation> rep = choose(new Target(path, forced), doc, Representation.RESOURCE);
        if (rep.isEmpty()) {
            return;
        }
        x.lastModified(p.modified());
        x.send(p, doc + "|" + rep.get(), () -> rep.get() == Representation.HTML
                ? Rendered.of(new ResourcePage(p).render(main, doc + "." + rep.get().extension(),
                        p.describer(main).describe(main), Representation.RESOURCE), rep.get().contentType())
                : Rendered.of(RdfBytes.write(graph.get(), rep.get()), rep.get().contentType()), forced == null);
    }

    private void ontology(Representation forced) throws IOException {
        Optional<Representation> rep = choose(new Target(PublicBase.ONTOLOGY_PATH, forced),
                base.url(PublicBase.ONTOLOGY_PATH), Representation.RESOURCE);
        if (rep.isEmpty()) {
            return;
        }
        x.send(p, "ontology|" + rep.get(), () -> rep.get() == Representation.HTML
                ? Rendered.of(new OntologyPage(p).render(), rep.get().contentType())
                : Rendered.of(RdfBytes.write(p.ontology(), rep.get()), rep.get().contentType()), forced == null);
    }

    /**
     * {@code /resource?iri=...}: a 303 to where the server publishes an IRI it describes, built from the configured
     * base; without an IRI, the form that asks for one.
     */
    private void lookup() throws IOException {
        String iri = x.param("iri");
        if (iri == null || iri.isBlank()) {
            html("page:lookup", () -> new LookupPage(p).render());
        } else if (!base.publishes(iri) || !(iri.startsWith(PublicBase.ONTOLOGY) || p.describer(iri).describes(iri))) {
            x.notFound(iri);
        } else {
            x.redirect(HttpServletResponse.SC_SEE_OTHER, IriPaths.toUri(base.locate(iri)));
        }
    }

    /**
     * The representation asked for by extension or chosen by negotiation; a negotiated answer names the document
     * it is ({@code doc} with the extension) in Content-Location and every alternative in a Link header.
     */
    private Optional<Representation> choose(Target t, String doc, List<Representation> offers) throws IOException {
        if (t.forced() != null) {
            if (!offers.contains(t.forced())) {
                x.notFound(x.path());
                return Optional.empty();
            }
            return Optional.of(t.forced());
        }
        Optional<Representation> rep = x.negotiate(offers);
        if (rep.isEmpty()) {
            x.notAcceptable(offers);
            return rep;
        }
        x.header("Content-Location", doc + "." + rep.get().extension());
        for (Representation f : offers) {
            x.header("Link", "<" + doc + "." + f.extension() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return rep;
    }
}
