package org.w3id.ccgraph.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.ccgraph.io.PublishedData;
import org.w3id.ccgraph.graph.ELI;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.Prefixes;
import org.w3id.ccgraph.graph.ReferenceData;
import org.w3id.ccgraph.graph.SD;
import org.w3id.ccgraph.graph.SPDX;
import org.w3id.ccgraph.serve.describe.Addresses;
import org.w3id.ccgraph.serve.describe.Catalogue;
import org.w3id.ccgraph.serve.describe.DocumentTriples;
import org.w3id.ccgraph.serve.describe.Dump;
import org.w3id.ccgraph.serve.describe.ServiceDescription;
import org.w3id.ccgraph.serve.describe.SiteText;
import org.w3id.ccgraph.serve.describe.VoidDescription;

/**
 * Everything the server publishes from one version of the data. The data stays where it is stored (memory,
 * TDB2 or a remote endpoint) and is read through {@link PublishedData}; at start only the dates of the
 * documents are read. The dataset descriptions (catalogue, VoID, service description) and the dumps are made
 * when first asked for and kept for this version; rendered responses are kept in a cache bounded in entries
 * and bytes. A new version of the data is a new publication.
 */
final class Publication {

    /** The least weight of a cache entry in bytes, which bounds their number to the cache's bytes / this. */
    static final int MIN_ENTRY_WEIGHT = 4096;
    /** The start of the cache keys of {@link #stored} pages. */
    static final String STORED = "stored:";

    private final IriScheme scheme;
    private final PublicBase base;
    private final SiteText site;
    private final PublishedData data;
    private final Model content;
    private final Model everything;
    private final Model ontology;
    private final PrefixMapping prefixes;
    private final Labels labels;
    private final Describer describer;
    private final Duration timeout;
    private final Instant modified;
    private final List<Instant> dates;
    private final DocumentTriples documents;
    private final Supplier<List<Dump>> dumps;
    private final Path dumpFolder;
    private final Supplier<Descriptions> descriptions;
    private final Cache<String, Rendered> cache;
    private final String version;
    private final String tag;
    private final java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The dumps could not be written (a full disk, no permission): the downloads and the dataset descriptions, whose
     * checksums need them, are unavailable until a later request writes them.
     */
    static final class DumpsUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DumpsUnavailable(java.io.IOException cause) {
            super("the dumps could not be written (" + cause.getMessage() + ")", cause);
        }
    }

    /** The catalogue, VoID and service description of this version, made together when first needed. */
    private record Descriptions(Model catalogue, Model voidGraph, Model serviceDescription, Describer describer) {
    }

    private Publication(IriScheme scheme, PublicBase base, PublishedData data, String version, Duration timeout,
                        Path dumpFolder, long cacheBytes, SiteText site) {
        this.dumpFolder = dumpFolder;
        this.cache = Caffeine.newBuilder().maximumWeight(cacheBytes)
                .weigher((String k, Rendered r) -> Math.max(MIN_ENTRY_WEIGHT, r.bytes().length + 2 * k.length())).build();
        this.scheme = scheme;
        this.timeout = timeout;
        this.base = base;
        this.site = site;
        this.data = data;
        this.prefixes = prefixes(scheme);
        this.content = ModelFactory.createModelForGraph(data.content());
        this.everything = ModelFactory.createModelForGraph(data.graph());
        this.ontology = ReferenceData.ontology();
        this.dates = data.read(() -> documentDates(everything));
        this.version = version;
        this.tag = version == null ? null : Rendered.sha256(String.join("\n", version, org.w3id.ccgraph.BuildInfo.build(),
                scheme.base(), base.url(""), site.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        this.modified = dates.isEmpty() ? Instant.EPOCH : dates.get(dates.size() - 1);
        this.documents = DocumentTriples.of(site, scheme.dataset(), modified);
        this.labels = new Labels(prefixes);
        this.describer = data instanceof org.w3id.ccgraph.io.RemoteData ? new Describer(this, prefixes)
                : new Describer(everything, prefixes);
        this.dumps = memo(() -> data.read(() -> {
            Map<String, Model> named = new TreeMap<>();
            for (String name : data.namedGraphs()) {
                named.put(name, ModelFactory.createModelForGraph(data.named(name)));
            }
            try {
                return Dump.of(content, named, dumpFolder, Prefixes.of(scheme), RdfBytes::jsonLd);
            } catch (java.io.UncheckedIOException e) {
                throw new DumpsUnavailable(e.getCause());
            }
        }));
        this.descriptions = memo(() -> data.read(() -> {
            Addresses at = addresses(base);
            Model catalogue = new Catalogue(scheme, at, site).build(everything, languages(everything), dumps(), dates);
            Model voidGraph = new VoidDescription(scheme, at, site, prefixes).build(this::selectContent, dumps());
            Model sd = new ServiceDescription(scheme, at).build(content.size());
            Model all = ModelFactory.createDefaultModel().add(catalogue).add(voidGraph).add(sd);
            for (Model m : List.of(all, catalogue, voidGraph, sd)) {
                m.clearNsPrefixMap().setNsPrefixes(prefixes);
            }
            return new Descriptions(catalogue, voidGraph, sd, new Describer(ModelFactory.createUnion(all, everything),
                    prefixes));
        }));
    }

    /**
     * The publication of data wherever it is stored, its dumps in {@code dumpFolder} (found there when a
     * start on the same version of the data wrote them, else written when first asked for).
     */
    static Publication of(PublishedData data, String version, IriScheme scheme, PublicBase base, Duration timeout,
                          Path dumpFolder, long cacheBytes, SiteText site) {
        return new Publication(scheme, base, data, version, timeout, dumpFolder, cacheBytes, site);
    }

    /** Where the routes publish what the dataset descriptions point to, under a public base. */
    static Addresses addresses(PublicBase base) {
        return new Addresses(base.url(""), base.url(LinkedDataFilter.SPARQL), base.url(LinkedDataFilter.LOOKUP),
                base.url(LinkedDataFilter.DOWNLOAD), base.iri(LinkedDataFilter.VOID));
    }

    /** The prefixes of pages and descriptions: the project's and those of the dataset description. */
    static PrefixMapping prefixes(IriScheme scheme) {
        return PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(scheme)).setNsPrefix("void", VOID.NS)
                .setNsPrefix("spdx", SPDX.NS).setNsPrefix("sd", SD.NS).lock();
    }

    private static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        v = value;
                        if (v == null) {
                            v = make.get();
                            value = v;
                        }
                    }
                }
                return v;
            }
        };
    }

    /** The folder of the dumps and stored pages of this version. */
    Path folder() {
        return dumpFolder;
    }

    /** Where the data is read from. */
    PublishedData data() {
        return data;
    }

    /** Runs the action inside the read transaction the store needs (one per request). */
    <T> T read(Supplier<T> action) {
        return data.read(action);
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

    /** The content graph: a view of the default graph of the store. */
    Model content() {
        return content;
    }

    Model ontology() {
        return ontology;
    }

    /** The dumps of this version, made when first asked for. */
    List<Dump> dumps() {
        return dumps.get();
    }

    Model catalogue() {
        return descriptions.get().catalogue();
    }

    Model voidGraph() {
        return descriptions.get().voidGraph();
    }

    /** The SPARQL service description of the endpoint. */
    Model serviceDescription() {
        return descriptions.get().serviceDescription();
    }

    /** Content and run records in one graph (a view of the store). */
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

    /**
     * The describer of an IRI: over the data, and for the IRIs of the dataset descriptions (catalogue, dataset and
     * its parts), over the descriptions too, which are then made if they were not yet.
     */
    Describer describer(String iri) {
        return iri.equals(scheme.catalog()) || iri.equals(scheme.dataset()) || iri.startsWith(scheme.dataset() + "/")
                ? descriptions.get().describer() : describer;
    }

    /** The version of the data published, as its store gives it; null when the store does not say. */
    String version() {
        return version;
    }

    /**
     * The entity tag of the response kept under {@code key}, known without making it: derived from the version of
     * the data, the build of ccgraph, the canonical and public bases, the site texts and the key. Null when the
     * store gives no version: the tag of a response is then derived from its bytes, once made.
     */
    String etag(String key) {
        return tag == null ? null
                : "\"" + Rendered.sha256((tag + "\n" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 24) + "\"";
    }

    /**
     * A rendered response by key, made when not kept (null, and not kept, when {@code make} gives null), with
     * the tag {@link #etag} gives when the data has a version.
     */
    Rendered cached(String key, Supplier<Rendered> make) {
        Rendered r = cache.getIfPresent(key);
        if (r == null) {
            made.incrementAndGet();
            r = make.get();
            if (r == null) {
                return null;
            }
            String etag = etag(key);
            if (etag != null) {
                r = new Rendered(r.bytes(), r.contentType(), etag);
            }
            Rendered earlier = cache.asMap().putIfAbsent(key, r);
            return earlier != null ? earlier : r;
        }
        return r;
    }

    /**
     * A rendered page that is costly to make over a large store (the landing page counts and lists the whole
     * data), kept as a file beside the dumps of this version of the data: made once per version and public base,
     * and read from the file by a later start on the same version, so that a restart answers it at once.
     */
    Rendered stored(String name, String contentType, Supplier<String> make) {
        return cached(STORED + name, () -> {
            String key = Rendered.sha256(base.url("").getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 16);
            Path file = dumpFolder.resolve("pages").resolve(name + "-" + key + ".html");
            try {
                if (java.nio.file.Files.isRegularFile(file)) {
                    return Rendered.of(java.nio.file.Files.readAllBytes(file), contentType);
                }
            } catch (java.io.IOException e) {
                // unreadable: made again below
            }
            Rendered r = Rendered.of(make.get(), contentType);
            try {
                java.nio.file.Files.createDirectories(file.getParent());
                org.w3id.ccgraph.io.AtomicFile.write(file, out -> out.write(r.bytes()));
            } catch (java.io.IOException e) {
                // a full disk: the page is served, and made again by the next start
            }
            return r;
        });
    }

    /** How many responses were made (not found in the cache) since this version was published. */
    long made() {
        return made.get();
    }

    /** The number of rendered responses kept now, and their weight in bytes. */
    long[] cacheUse() {
        cache.cleanUp();
        return new long[] {cache.estimatedSize(), cache.policy().eviction().orElseThrow().weightedSize().orElse(0)};
    }

    /**
     * The answers of a SELECT query over the published data (content and run records), read in full, within
     * the query time limit. Pages that list or count use this rather than the content graph, so that they work
     * the same whichever store holds the data.
     */
    List<org.apache.jena.query.QuerySolution> select(String query) {
        return read(() -> {
            return rows(execution(query));
        });
    }

    /**
     * The answers of a SELECT query over the content graph alone (the default graph as stored, which is what
     * /sparql's default graph is): without the run records where the store keeps them apart.
     */
    List<org.apache.jena.query.QuerySolution> selectContent(String query) {
        if (data.content() == data.graph()) {
            return select(query);
        }
        return read(() -> {
            return rows(org.apache.jena.query.QueryExecution.model(content).query(prologue() + query)
                    .timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).build());
        });
    }

    /** The graph a CONSTRUCT or DESCRIBE query over the published data makes, within the query time limit. */
    Model construct(String query) {
        return read(() -> {
            try (org.apache.jena.query.QueryExecution qe = execution(query)) {
                Model m = qe.getQuery().isDescribeType() ? qe.execDescribe() : qe.execConstruct();
                m.setNsPrefixes(prefixes);
                return m;
            }
        });
    }

    /** Whether an ASK query over the published data holds. */
    boolean ask(String query) {
        return read(() -> {
            try (org.apache.jena.query.QueryExecution qe = execution(query)) {
                return qe.execAsk();
            }
        });
    }

    /** PREFIX lines for the prefixes of {@link #prefixes()}, so that queries may use them without declaring them. */
    private String prologue() {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((k, v) -> b.append("PREFIX ").append(k).append(": <").append(v)
                .append(">\n"));
        return b.toString();
    }

    /** Every answer of a SELECT execution, read in full; the execution is closed. */
    private static List<org.apache.jena.query.QuerySolution> rows(org.apache.jena.query.QueryExecution execution) {
        try (org.apache.jena.query.QueryExecution qe = execution) {
            List<org.apache.jena.query.QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** An execution over the published data where it is stored, the prefixes of the publication declared. */
    private org.apache.jena.query.QueryExecution execution(String query) {
        return data.query(org.apache.jena.query.QueryFactory.create(prologue() + query), timeout);
    }

    /** The instances of a class in the content, sorted by IRI. */
    List<Resource> instances(Resource type) {
        TreeSet<String> iris = new TreeSet<>();
        everything.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource()) {
                iris.add(r.getURI());
            }
        });
        List<Resource> out = new ArrayList<>();
        iris.forEach(i -> out.add(everything.createResource(i)));
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
