package org.w3id.ccgraph.serve;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.graph.ELI;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.Prefixes;
import org.w3id.ccgraph.graph.ReferenceData;
import org.w3id.ccgraph.graph.SD;
import org.w3id.ccgraph.graph.SPDX;

/**
 * Everything the server publishes from one version of the data, made when the data is loaded and kept
 * until the next reload: the content and run records (copied from the store), the ontology, the catalogue,
 * VoID, the dumps, and a cache of rendered responses. Immutable apart from the cache, so that every
 * request of one version sees the same data.
 */
final class Publication {

    private final IriScheme scheme;
    private final PublicBase base;
    private final SiteText site;
    private final Model content;
    private final Model records;
    private final Model ontology;
    private final List<Dump> dumps;
    private final Model catalogue;
    private final Model voidGraph;
    private final Model serviceDescription;
    private final Model everything;
    private final PrefixMapping prefixes;
    private final Labels labels;
    private final Describer describer;
    private final Duration timeout;
    private final Instant modified;
    private final DocumentTriples documents;
    private final Map<String, Rendered> cache = new ConcurrentHashMap<>();

    private Publication(IriScheme scheme, PublicBase base, Model content, Map<String, Model> namedGraphs,
                        Duration timeout) {
        this.scheme = scheme;
        this.timeout = timeout;
        this.base = base;
        this.site = SiteText.bundled();
        this.content = content;
        this.records = ModelFactory.createDefaultModel();
        namedGraphs.values().forEach(records::add);
        this.ontology = ReferenceData.ontology();
        this.prefixes = prefixes(scheme);
        this.dumps = Dump.of(content, namedGraphs);
        List<Instant> dates = documentDates(content);
        this.modified = dates.isEmpty() ? Instant.EPOCH : dates.get(dates.size() - 1);
        this.documents = DocumentTriples.of(site, scheme.dataset(), modified);
        this.catalogue = new Catalogue(scheme, base, site).build(content, languages(content), dumps, dates);
        this.voidGraph = new VoidDescription(scheme, base, site).build(content, dumps);
        this.serviceDescription = new ServiceDescription(scheme, base).build(content.size());
        this.everything = ModelFactory.createDefaultModel().add(content).add(records).add(catalogue).add(voidGraph)
                .add(serviceDescription);
        for (Model m : java.util.List.of(everything, catalogue, voidGraph, serviceDescription)) {
            m.clearNsPrefixMap().setNsPrefixes(prefixes);
        }
        this.labels = new Labels(prefixes);
        this.describer = new Describer(everything, prefixes);
    }

    /** The publication of a stored dataset: its default graph is the content, its named graphs the run records. */
    static Publication of(DatasetGraph store, IriScheme scheme, PublicBase base, Duration timeout) {
        Dataset ds = DatasetFactory.wrap(store);
        Model content = ModelFactory.createDefaultModel();
        Map<String, Model> namedGraphs = new TreeMap<>();
        Txn.executeRead(store, () -> {
            content.add(ds.getDefaultModel());
            ds.listModelNames().forEachRemaining(name -> {
                if (!name.getURI().equals(LocalStore.COMMIT_GRAPH)) {
                    namedGraphs.put(name.getURI(), ModelFactory.createDefaultModel().add(ds.getNamedModel(name)));
                }
            });
        });
        content.setNsPrefixes(Prefixes.of(scheme));
        return new Publication(scheme, base, content, namedGraphs, timeout);
    }

    /** The prefixes of pages and descriptions: the project's and those of the dataset description. */
    static PrefixMapping prefixes(IriScheme scheme) {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(scheme)).setNsPrefix("void", VOID.NS)
                .setNsPrefix("spdx", SPDX.NS).setNsPrefix("sd", SD.NS).lock();
    }

    IriScheme scheme() {
        return scheme;
    }

    PublicBase base() {
        return base;
    }

    SiteText site() {
        return site;
    }

    /** The content graph: the default graph of the store. */
    Model content() {
        return content;
    }

    Model ontology() {
        return ontology;
    }

    List<Dump> dumps() {
        return dumps;
    }

    Model catalogue() {
        return catalogue;
    }

    Model voidGraph() {
        return voidGraph;
    }

    /** The SPARQL service description of the endpoint. */
    Model serviceDescription() {
        return serviceDescription;
    }

    /** Content, run records and dataset descriptions in one graph: what the IRIs dereference to. */
    Model everything() {
        return everything;
    }

    /** When the data was last modified, from the data itself: the same on every start with the same data. */
    Instant modified() {
        return modified;
    }

    /** The triples a served document says about itself. */
    DocumentTriples documents() {
        return documents;
    }

    /** The time limit of queries. */
    Duration timeout() {
        return timeout;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    Labels labels() {
        return labels;
    }

    Describer describer() {
        return describer;
    }

    /** A rendered response by key, made once per publication. */
    Rendered cached(String key, Supplier<Rendered> make) {
        Rendered r = cache.get(key);
        if (r == null) {
            r = make.get();
            Rendered earlier = cache.putIfAbsent(key, r);
            return earlier != null ? earlier : r;
        }
        return r;
    }

    /**
     * The answers of a SELECT query over the published data (content and run records), read in full, within
     * the query time limit. Pages that list or count use this rather than the content graph, so that they work
     * the same whichever store holds the data.
     */
    List<org.apache.jena.query.QuerySolution> select(String query) {
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.model(data())
                .query(prologue() + query).timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            List<org.apache.jena.query.QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The graph a CONSTRUCT or DESCRIBE query over the published data makes, within the query time limit. */
    Model construct(String query) {
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.model(data())
                .query(prologue() + query).timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            Model m = qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            m.setNsPrefixes(prefixes);
            return m;
        }
    }

    /** Whether an ASK query over the published data holds. */
    boolean ask(String query) {
        try (org.apache.jena.query.QueryExecution qe = org.apache.jena.query.QueryExecution.model(data())
                .query(prologue() + query).timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build()) {
            return qe.execAsk();
        }
    }

    /** PREFIX lines for the prefixes of {@link #prefixes()}, so that queries may use them without declaring them. */
    private String prologue() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((k, v) -> b.append("PREFIX ").append(k).append(": <").append(v)
                .append(">\n"));
        return b.toString();
    }

    /** The published data as queries see it: the content and the run records. */
    private Model data() {
        return ModelFactory.createUnion(content, records);
    }

    /** The instances of a class in the content, sorted by IRI. */
    List<Resource> instances(Resource type) {
        TreeSet<String> iris = new TreeSet<>();
        content.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource()) {
                iris.add(r.getURI());
            }
        });
        List<Resource> out = new ArrayList<>();
        iris.forEach(i -> out.add(content.createResource(i)));
        return out;
    }

    /** The EU authority codes of the languages of the published documents. */
    static List<String> languages(Model content) {
        TreeSet<String> codes = new TreeSet<>();
        content.listSubjectsWithProperty(RDF.type, ELI.Work).forEachRemaining(w ->
                w.listProperties(DCTerms.language).forEachRemaining(s -> {
                    if (s.getObject().isURIResource()) {
                        String iri = s.getResource().getURI();
                        codes.add(iri.substring(iri.lastIndexOf('/') + 1));
                    }
                }));
        return new ArrayList<>(codes);
    }

    /**
     * The dates of the data, from the data itself (the documents' adoption and document dates), sorted, so that
     * the same data gives the same catalogue dates on every start; empty when no document has a date.
     */
    static List<Instant> documentDates(Model content) {
        java.util.TreeSet<Instant> all = new java.util.TreeSet<>();
        for (org.apache.jena.rdf.model.Property p : List.of(ELI.date_document, org.w3id.ccgraph.graph.CCG.dateAdopted)) {
            for (RDFNode n : content.listObjectsOfProperty(p).toList()) {
                if (n.isLiteral()) {
                    try {
                        all.add(java.time.LocalDate.parse(n.asLiteral().getLexicalForm())
                                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
                    } catch (java.time.format.DateTimeParseException e) {
                        continue;
                    }
                }
            }
        }
        return new ArrayList<>(all);
    }
}
