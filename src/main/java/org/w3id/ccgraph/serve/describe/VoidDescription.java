package org.w3id.ccgraph.serve.describe;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;

/**
 * The VoID description served at {@code /.well-known/void}: the dataset with its SPARQL endpoint, dumps,
 * URI space, size, vocabularies, example resources and a partition per class.
 */
public final class VoidDescription {

    private final IriScheme scheme;
    private final Addresses at;
    private final SiteText site;
    private final PrefixMapping prefixes;

    /**
     * The description of the data minted with {@code scheme}, published at {@code at}, described by {@code site};
     * a class partition is named after the class's prefixed name in {@code prefixes}.
     */
    public VoidDescription(IriScheme scheme, Addresses at, SiteText site, PrefixMapping prefixes) {
        this.scheme = scheme;
        this.at = at;
        this.site = site;
        this.prefixes = prefixes;
    }

    /** The VoID graph of the content and its dumps. */
    public Model build(Model content, java.util.List<Dump> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS);
        Resource ds = m.createResource(scheme.dataset(), VOID.Dataset)
                .addProperty(DCTerms.title, site.title(), "en")
                .addProperty(DCTerms.description, site.description(), "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(at.sparql()))
                .addProperty(VOID.uriSpace, scheme.dataSpace())
                .addProperty(VOID.uriLookupEndpoint, m.createResource(at.lookup() + "?iri="))
                .addProperty(FOAF.homepage, m.createResource(at.home()))
                .addLiteral(VOID.triples, integer(m, content.size()))
                .addLiteral(VOID.distinctSubjects, integer(m, content.listSubjects().toList().size()))
                .addLiteral(VOID.properties, integer(m, content.listStatements().mapWith(Statement::getPredicate).toSet().size()));
        dumps.forEach(d -> ds.addProperty(VOID.dataDump, m.createResource(at.downloads() + d.file())));
        vocabularies(content).forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        content.listSubjectsWithProperty(RDF.type, CCG.Conclusions).toList().stream()
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
                .forEach(w -> ds.addProperty(VOID.rootResource, w).addProperty(VOID.exampleResource, w));
        for (Resource type : java.util.List.of(CCG.Obligation, CCG.Instrument)) {
            content.listSubjectsWithProperty(RDF.type, type).toList().stream().map(Resource::getURI).sorted().findFirst()
                    .ifPresent(iri -> ds.addProperty(VOID.exampleResource, m.createResource(iri)));
        }
        classes(content).forEach((type, count) -> {
            String qname = prefixes.qnameFor(type);
            String slug = IriScheme.slug(qname != null ? qname : type);
            Resource partition = m.createResource(scheme.datasetPart("class/" + slug))
                    .addProperty(VOID._class, m.createResource(type))
                    .addLiteral(VOID.entities, integer(m, count));
            ds.addProperty(VOID.classPartition, partition);
        });
        m.createResource(at.voidDescription(), VOID.DatasetDescription)
                .addProperty(DCTerms.title, "VoID description of " + site.title(), "en")
                .addProperty(FOAF.primaryTopic, ds);
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    /** The namespaces of the predicates and classes used, cut at the last "#" or "/". */
    private static TreeSet<String> vocabularies(Model content) {
        TreeSet<String> ns = new TreeSet<>();
        content.listStatements().forEachRemaining(s -> {
            ns.add(namespace(s.getPredicate().getURI()));
            if (s.getPredicate().equals(RDF.type) && s.getObject().isURIResource()) {
                ns.add(namespace(s.getResource().getURI()));
            }
        });
        return ns;
    }

    private static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Map<String, Long> classes(Model content) {
        Map<String, Long> counts = new TreeMap<>();
        content.listStatements(null, RDF.type, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isURIResource()) {
                counts.merge(s.getResource().getURI(), 1L, Long::sum);
            }
        });
        return counts;
    }
}
