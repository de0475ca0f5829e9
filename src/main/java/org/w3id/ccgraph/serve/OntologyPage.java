package org.w3id.ccgraph.serve;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ccgraph.graph.CCG;

/**
 * The documentation of the ontology at its namespace: its classes and properties (labels and comments in
 * English and Danish, domains, ranges, super-classes), each with an anchor named as its local name so that
 * {@code def#Term} lands on it, and the concept schemes of the data with their concepts.
 */
final class OntologyPage {

    private final Publication p;
    private final Model o;

    OntologyPage(Publication p) {
        this.p = p;
        this.o = p.ontology();
    }

    /** The page. */
    String render() {
        Resource ontology = o.createResource(PublicBase.ONTOLOGY);
        String title = Labels.find(o, ontology);
        Html h = new Html();
        h.raw("<h1>").text(title != null ? title : "ccgraph ontology").raw("</h1>\n<p class=\"iri\"><code>").text(CCG.NS)
                .raw("</code> · ").link(p.base().url(PublicBase.ONTOLOGY_PATH + ".ttl"), "Turtle").raw("</p>\n");
        texts(h, ontology, RDFS.comment);
        section(h, "Classes", List.of(OWL.Class));
        section(h, "Properties", List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty));
        schemes(h);
        Html head = new Html();
        head.raw("<link rel=\"alternate\" type=\"text/turtle\"").attr("href", p.base().url(PublicBase.ONTOLOGY_PATH + ".ttl")).raw(">\n");
        return Pages.page(p.base(), title != null ? title : "ccgraph ontology", head.toString(), h.toString());
    }

    private void section(Html h, String title, List<Resource> types) {
        h.raw("<h2>").text(title).raw("</h2>\n<dl class=\"terms\">\n");
        o.listSubjects().toList().stream().filter(r -> r.isURIResource() && r.getURI().startsWith(CCG.NS)
                        && types.stream().anyMatch(t -> r.hasProperty(RDF.type, t)))
                .sorted((a, b) -> a.getURI().compareTo(b.getURI())).forEach(term -> {
                    String local = term.getURI().substring(CCG.NS.length());
                    h.raw("<dt").attr("id", local).raw("><code>ccg:").text(local).raw("</code> ");
                    texts(h, term, RDFS.label);
                    h.raw("</dt>\n<dd>");
                    texts(h, term, RDFS.comment);
                    links(h, term, "subclass of", RDFS.subClassOf);
                    links(h, term, "domain", RDFS.domain);
                    links(h, term, "range", RDFS.range);
                    links(h, term, "inverse of", OWL.inverseOf);
                    h.raw("</dd>\n");
                });
        h.raw("</dl>\n");
    }

    private void schemes(Html h) {
        h.raw("<h2>Concept schemes</h2>\n");
        for (Resource scheme : p.instances(SKOS.ConceptScheme)) {
            h.raw("<h3>").link(p.base().locate(scheme.getURI()), p.labels().of(p.content(), scheme)).raw("</h3>\n");
            texts(h, scheme, SKOS.definition);
            h.raw("<table class=\"concepts\"><tr><th>notation</th><th>label</th><th>definition</th></tr>\n");
            p.content().listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                    .sorted((a, b) -> a.getURI().compareTo(b.getURI())).forEach(c -> {
                        h.raw("<tr><td><code>").text(string(c, SKOS.notation)).raw("</code></td><td>")
                                .link(p.base().locate(c.getURI()), p.labels().of(p.content(), c)).raw("</td><td>")
                                .text(string(c, SKOS.definition)).raw("</td></tr>\n");
                    });
            h.raw("</table>\n");
        }
        h.raw("<p>Documents, paragraphs and their parts are typed with ELI; see ").link(p.base().url(""), "the dataset")
                .raw(" for the data.</p>\n");
    }

    private void texts(Html h, Resource r, Property p) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) {
                h.raw("<span class=\"text\"").attr("lang", s.getLanguage().isEmpty() ? "en" : s.getLanguage()).raw(">")
                        .text(s.getString()).raw("</span> ");
            }
        }
    }

    private void links(Html h, Resource term, String what, Property p) {
        for (Statement s : term.listProperties(p).toList()) {
            if (s.getObject().isURIResource()) {
                String iri = s.getResource().getURI();
                h.raw("<p class=\"rel\">").text(what + ": ").link(this.p.base().locate(iri), this.p.labels().qname(iri)).raw("</p>");
            }
        }
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null ? "" : s.getString();
    }
}
