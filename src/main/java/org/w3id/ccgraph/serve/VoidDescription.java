package org.w3id.ccgraph.serve;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
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
final class VoidDescription {

    private final IriScheme scheme;
    private final PublicBase base;
    private final SiteText site;

    VoidDescription(IriScheme scheme, PublicBase base, SiteText site) {
        this.scheme = scheme;
        this.base = base;
        this.site = site;
    }

    /**
     * The VoID graph of the published data and its dumps; its figures are counted by SPARQL aggregates where the
     * data is stored, so that a remote store is not read whole for them.
     */
    Model build(Publication p, java.util.List<Dump> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS);
        Resource ds = m.createResource(scheme.dataset(), VOID.Dataset)
                .addProperty(DCTerms.title, site.title(), "en")
                .addProperty(DCTerms.description, site.description(), "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(base.url(LinkedDataFilter.SPARQL)))
                .addProperty(VOID.uriSpace, scheme.dataSpace())
                .addProperty(VOID.uriLookupEndpoint, m.createResource(base.url(LinkedDataFilter.LOOKUP + "?iri=")))
                .addProperty(FOAF.homepage, m.createResource(base.url("")))
                .addLiteral(VOID.triples, integer(m, count(p, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
                .addLiteral(VOID.distinctSubjects, integer(m, count(p, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")))
                .addLiteral(VOID.properties, integer(m, count(p, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")));
        dumps.forEach(d -> ds.addProperty(VOID.dataDump, m.createResource(base.url(LinkedDataFilter.DOWNLOAD + d.file()))));
        Map<String, Long> classes = classes(p);
        vocabularies(p, classes.keySet()).forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        for (var row : p.selectContent("SELECT ?w WHERE { ?w a <" + CCG.Conclusions.getURI() + "> FILTER(isIRI(?w)) } ORDER BY ?w")) {
            Resource w = m.createResource(row.getResource("w").getURI());
            ds.addProperty(VOID.rootResource, w).addProperty(VOID.exampleResource, w);
        }
        for (Resource type : java.util.List.of(CCG.Obligation, CCG.Instrument)) {
            for (var row : p.selectContent("SELECT ?x WHERE { ?x a <" + type.getURI() + "> FILTER(isIRI(?x)) } ORDER BY ?x LIMIT 1")) {
                ds.addProperty(VOID.exampleResource, m.createResource(row.getResource("x").getURI()));
            }
        }
        classes.forEach((type, count) -> {
            String slug = IriScheme.slug(new Labels(Publication.prefixes(scheme)).qname(type));
            Resource partition = m.createResource(scheme.datasetPart("class/" + slug))
                    .addProperty(VOID._class, m.createResource(type))
                    .addLiteral(VOID.entities, integer(m, count));
            ds.addProperty(VOID.classPartition, partition);
        });
        m.createResource(base.iri(LinkedDataFilter.VOID), VOID.DatasetDescription)
                .addProperty(DCTerms.title, "VoID description of " + site.title(), "en")
                .addProperty(FOAF.primaryTopic, ds);
        return m;
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static long count(Publication p, String query) {
        return p.selectContent(query).get(0).getLiteral("n").getLong();
    }

    /** The namespaces of the predicates and classes used, cut at the last "#" or "/". */
    private static TreeSet<String> vocabularies(Publication p, java.util.Set<String> classes) {
        TreeSet<String> ns = new TreeSet<>();
        p.selectContent("SELECT DISTINCT ?p WHERE { ?s ?p ?o }").forEach(row -> ns.add(namespace(row.getResource("p").getURI())));
        classes.forEach(c -> ns.add(namespace(c)));
        return ns;
    }

    private static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Map<String, Long> classes(Publication p) {
        Map<String, Long> counts = new TreeMap<>();
        for (var row : p.selectContent("SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")) {
            counts.put(row.getResource("c").getURI(), row.getLiteral("n").getLong());
        }
        return counts;
    }
}
