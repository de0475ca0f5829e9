package org.w3id.ccgraph.serve;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ccgraph.graph.CCG;

/**
 * Names for people: the label of a node in English, else in Danish, else without a language, else any; a
 * node without a label gets its prefixed name or the end of its IRI.
 */
final class Labels {

    /** The properties that name a node, in order of preference. */
    static final List<Property> NAMING = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title, SKOS.notation);
    /** The languages of labels, in order of preference; "" is a label without a language. */
    static final List<String> LANGUAGES = List.of("en", "da", "");

    private final PrefixMapping prefixes;

    Labels(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** The label of a node as found in the model, or its short name. */
    String of(Model model, RDFNode node) {
        if (!node.isURIResource()) {
            return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
        }
        String found = find(model, model.createResource(node.asResource().getURI()));
        return found != null ? found : shortName(node.asResource().getURI());
    }

    /** The label as found, or null. */
    static String find(Model model, Resource r) {
        for (String lang : LANGUAGES) {
            for (Property p : NAMING) {
                for (Statement s : r.inModel(model).listProperties(p).toList()) {
                    if (s.getObject().isLiteral() && s.getLanguage().equals(lang)) {
                        return s.getString();
                    }
                }
            }
        }
        for (Property p : NAMING) {
            Statement s = r.inModel(model).getProperty(p);
            if (s != null && s.getObject().isLiteral()) {
                return s.getString();
            }
        }
        return null;
    }

    /** The prefixed name of an IRI ({@code eli:number}), or its last segment. */
    String shortName(String iri) {
        String qname = prefixes.qnameFor(iri);
        if (qname != null && !qname.startsWith("id:")) {
            return qname;
        }
        if (iri.startsWith(CCG.NS)) {
            return "ccg:" + iri.substring(CCG.NS.length());
        }
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    /** The prefixed name of an IRI, or the IRI. */
    String qname(String iri) {
        String q = prefixes.qnameFor(iri);
        return q != null ? q : iri;
    }
}
