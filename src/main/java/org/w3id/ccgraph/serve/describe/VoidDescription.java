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

    /**
     * The VoID graph of the content and its dumps; its figures are counted by SPARQL aggregates, which
     * {@code select} runs over the content where it is stored, so that a remote store is not read whole for them.
     */
    public Model build(java.util.function.Function<String, java.util.List<org.apache.jena.query.QuerySolution>> select,
                       java.util.List<Dump> dumps) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS);
        Resource ds = m.createResource(scheme.dataset(), VOID.Dataset)
                .addProperty(DCTerms.title, site.title(), "en")
                .addProperty(DCTerms.description, site.description(), "en")
                .addProperty(VOID.sparqlEndpoint, m.createResource(at.sparql()))
                .addProperty(VOID.uriSpace, scheme.dataSpace())
                .addProperty(VOID.uriLookupEndpoint, m.createResource(at.lookup() + "?iri="))
                .addProperty(FOAF.homepage, m.createResource(at.home()))
                .addLiteral(VOID.triples, integer(m, count(select, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
                .addLiteral(VOID.distinctSubjects, integer(m, count(select,
                        "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }")))
                .addLiteral(VOID.properties, integer(m, count(select,
                        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }")));
        dumps.forEach(d -> ds.addProperty(VOID.dataDump, m.createResource(at.downloads() + d.file())));
        Map<String, Long> classes = classes(select);
        vocabularies(select, classes.keySet()).forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        for (var row : select.apply("SELECT ?w WHERE { ?w a <" + CCG.Conclusions.getURI() + "> FILTER(isIRI(?w)) } ORDER BY ?w")) {
            Resource w = m.createResource(row.getResource("w").getURI());
            ds.addProperty(VOID.rootResource, w).addProperty(VOID.exampleResource, w);
        }
        for (Resource type : java.util.List.of(CCG.Obligation, CCG.Instrument)) {
            for (var row : select.apply("SELECT ?x WHERE { ?x a <" + type.getURI() + "> FILTER(isIRI(?x)) } ORDER BY ?x LIMIT 1")) {
                ds.addProperty(VOID.exampleResource, m.createResource(row.getResource("x").getURI()));
            }
        }
        classes.forEach((type, count) -> {
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

    private static long count(java.util.function.Function<String, java.util.List<org.apache.jena.query.QuerySolution>> select,
                              String query) {
        return select.apply(query).get(0).getLiteral("n").getLong();
    }

    /** The namespaces of the predicates and classes used, cut at the last "#" or "/". */
    private static TreeSet<String> vocabularies(
            java.util.function.Function<String, java.util.List<org.apache.jena.query.QuerySolution>> select,
            java.util.Set<String> classes) {
        TreeSet<String> ns = new TreeSet<>();
        select.apply("SELECT DISTINCT ?p WHERE { ?s ?p ?o }").forEach(row -> ns.add(namespace(row.getResource("p").getURI())));
        classes.forEach(c -> ns.add(namespace(c)));
        return ns;
    }

    private static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static Map<String, Long> classes(
            java.util.function.Function<String, java.util.List<org.apache.jena.query.QuerySolution>> select) {
        Map<String, Long> counts = new TreeMap<>();
        for (var row : select.apply("SELECT ?c (COUNT(*) AS ?n) WHERE { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")) {
            counts.put(row.getResource("c").getURI(), row.getLiteral("n").getLong());
        }
        return counts;
    }
}
