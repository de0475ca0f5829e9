package org.w3id.ccgraph.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.OA;
import org.w3id.ccgraph.graph.PROV;

/**
 * The HTML page of one resource: its label as title (English, else Danish), its types, its properties and
 * values with labels, the source quote of a fact shown in its context, the links that point to it, an
 * "open in SPARQL" link, alternate links to every RDF format and the description as embedded JSON-LD.
 */
final class ResourcePage {

    private final Publication p;
    private final Labels labels;
    private final PublicBase base;

    ResourcePage(Publication p) {
        this.p = p;
        this.labels = p.labels();
        this.base = p.base();
    }

    /** The page of a resource from its description, served as the document at {@code url}. */
    String render(String iri, String url, Model d, List<Representation> formats) {
        Resource r = d.createResource(iri);
        String title = labels.of(d, r);
        Html body = new Html();
        body.raw("<h1>").text(title).raw("</h1>\n<p class=\"iri\"><code>").text(iri).raw("</code>");
        List<Statement> types = r.listProperties(RDF.type).toList();
        if (!types.isEmpty()) {
            body.raw(" <span class=\"types\">");
            for (Statement t : types) {
                body.raw(" ");
                value(body, d, t.getObject());
            }
            body.raw("</span>");
        }
        body.raw("</p>\n");
        quote(body, d, r);
        if (r.hasProperty(RDF.type, CCG.SourceText) && r.hasProperty(CCG.content)) {
            body.raw("<h2>Text</h2>\n<pre class=\"source\">").text(r.getProperty(CCG.content).getString()).raw("</pre>\n");
        }
        properties(body, d, r);
        incoming(body, d, r);
        actions(body, iri, formats);
        return Pages.page(base, title, head(iri, url, d, formats), body.toString());
    }

    private String head(String iri, String url, Model d, List<Representation> formats) {
        Html h = new Html();
        String doc = base.locate(iri);
        for (Representation f : formats) {
            if (f != Representation.HTML) {
                h.raw("<link rel=\"alternate\"").attr("type", f.mediaType()).attr("href", doc + "." + f.extension())
                        .attr("title", f.label()).raw(">\n");
            }
        }
        h.script("application/ld+json", RdfBytes.jsonLd(p.documents().describe(d, url, iri)));
        return h.toString();
    }

    private void quote(Html body, Model d, Resource r) {
        for (Statement s : r.listProperties(PROV.wasDerivedFrom).toList()) {
            Resource source = s.getResource();
            for (Statement sel : source.listProperties(OA.hasSelector).toList()) {
                Resource q = sel.getResource();
                if (q.hasProperty(OA.exact)) {
                    body.raw("<figure class=\"quote\"><blockquote>…").text(string(q, OA.prefix))
                            .raw("<mark>").text(string(q, OA.exact)).raw("</mark>").text(string(q, OA.suffix))
                            .raw("…</blockquote><figcaption>Source: ");
                    Statement text = source.getProperty(OA.hasSource);
                    if (text != null) {
                        value(body, d, text.getObject());
                    }
                    position(body, source);
                    body.raw("</figcaption></figure>\n");
                }
            }
        }
    }

    private static void position(Html body, Resource source) {
        for (Statement sel : source.listProperties(OA.hasSelector).toList()) {
            Resource pos = sel.getResource();
            if (pos.hasProperty(OA.start) && pos.hasProperty(OA.end)) {
                body.text(", characters " + string(pos, OA.start) + "–" + string(pos, OA.end));
            }
        }
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getObject().isLiteral() ? s.getLiteral().getLexicalForm() : s.getObject().toString();
    }

    private void properties(Html body, Model d, Resource r) {
        Map<String, List<RDFNode>> byProperty = new TreeMap<>();
        boolean textShown = r.hasProperty(RDF.type, CCG.SourceText);
        for (Statement s : r.listProperties().toList()) {
            if (!s.getPredicate().equals(RDF.type) && !(textShown && s.getPredicate().equals(CCG.content))) {
                byProperty.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s.getObject());
            }
        }
        if (byProperty.isEmpty()) {
            return;
        }
        body.raw("<h2>Properties</h2>\n<table class=\"properties\">\n");
        byProperty.forEach((property, values) -> {
            body.raw("<tr><th>");
            propertyLink(body, property);
            body.raw("</th><td><ul>");
            values.sort(Comparator.comparing(RDFNode::toString));
            for (RDFNode v : values) {
                body.raw("<li>");
                value(body, d, v);
                body.raw("</li>");
            }
            body.raw("</ul></td></tr>\n");
        });
        body.raw("</table>\n");
    }

    private void incoming(Html body, Model d, Resource r) {
        Map<String, List<Resource>> byProperty = new TreeMap<>();
        for (Statement s : d.listStatements(null, null, r).toList()) {
            byProperty.computeIfAbsent(s.getPredicate().getURI(), k -> new ArrayList<>()).add(s.getSubject());
        }
        if (byProperty.isEmpty()) {
            return;
        }
        body.raw("<h2>Incoming links</h2>\n<table class=\"incoming\">\n");
        byProperty.forEach((property, subjects) -> {
            body.raw("<tr><td><ul>");
            subjects.sort(Comparator.comparing(Resource::getURI));
            for (Resource s : subjects) {
                body.raw("<li>");
                value(body, d, s);
                body.raw("</li>");
            }
            body.raw("</ul></td><th>");
            propertyLink(body, property);
            body.raw(" this</th></tr>\n");
        });
        body.raw("</table>\n");
    }

    private void actions(Html body, String iri, List<Representation> formats) {
        String doc = base.locate(iri);
        String sparql = base.url(LinkedDataFilter.QUERY) + "?query="
                + URLEncoder.encode("DESCRIBE <" + iri + ">", StandardCharsets.UTF_8).replace("+", "%20");
        body.raw("<p class=\"actions\">").raw("<a class=\"sparql\"").attr("href", sparql).raw(">Open in SPARQL</a>");
        body.raw(" · Download as:");
        for (Representation f : formats) {
            if (f != Representation.HTML) {
                body.raw(" ").raw("<a").attr("href", doc + "." + f.extension()).attr("type", f.mediaType()).raw(">")
                        .text(f.label()).raw("</a>");
            }
        }
        body.raw("</p>\n");
    }

    private void propertyLink(Html body, String property) {
        Resource term = p.ontology().createResource(property);
        String label = Labels.find(p.ontology(), term);
        body.raw("<a").attr("href", base.locate(property)).attr("title", labels.qname(property)).raw(">")
                .text(label != null ? label : labels.qname(property)).raw("</a>");
    }

    /** A value: a link with a label for an IRI, escaped text with its language or datatype for a literal. */
    private void value(Html body, Model d, RDFNode v) {
        if (v.isURIResource()) {
            String iri = v.asResource().getURI();
            String label = labels.of(d, v);
            body.raw("<a").attr("href", base.locate(iri)).attr("title", iri)
                    .attr("class", base.publishes(iri) ? "local" : "external").raw(">").text(label).raw("</a>");
        } else if (v.isLiteral()) {
            Literal l = v.asLiteral();
            body.raw("<span class=\"literal\"");
            if (!l.getLanguage().isEmpty()) {
                body.attr("lang", l.getLanguage());
            }
            body.raw(">").text(l.getLexicalForm()).raw("</span>");
            if (!l.getLanguage().isEmpty()) {
                body.raw(" <small class=\"lang\">").text("@" + l.getLanguage()).raw("</small>");
            } else if (l.getDatatypeURI() != null && !l.getDatatypeURI().endsWith("#string")) {
                body.raw(" <small class=\"datatype\">").text(labels.qname(l.getDatatypeURI())).raw("</small>");
            }
        } else {
            body.text(v.toString());
        }
    }
}
