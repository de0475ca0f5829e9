package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.io.LocalStore;
import org.w3id.ccgraph.structure.Language;

/**
 * The full-text index of the published data: a jena-text Lucene index of the labels ({@code skos:prefLabel},
 * {@code rdfs:label}, {@code dct:title}), the texts of paragraphs, points, footnotes and deadlines
 * ({@code ccg:text}), what obligations ask ({@code ccg:action}) and the source texts ({@code ccg:content}).
 * One Lucene document per literal, in the field of its property; a literal tagged with a language of the
 * lexicons is indexed again in {@code field_lang} with Lucene's analyser for that language (stop words and the
 * Snowball stemmer), so that a query finds the inflected forms of its words.
 *
 * <p>In memory, or in a folder (for a TDB2 store, {@value #FOLDER} inside it). Building it replaces its whole
 * content in one Lucene commit that records the version of the data it was built from, so that a store
 * reopened later tells whether its index is current. SPARQL queries reach it as {@code text:query} once it is
 * {@linkplain #install installed} in the served dataset's context; the search page through {@link #search()}.
 *
 * <pre>{@code
 * SearchIndex index = SearchIndex.forStore(store, dir.resolve(SearchIndex.FOLDER), err);
 * PublishServer.create().dataset(store.dataset()).search(index).build();
 * }</pre>
 */
public final class SearchIndex implements AutoCloseable {

    /** The folder of the index inside a TDB2 store's folder. */
    public static final String FOLDER = "text-index";
    /** The key of the data version in the Lucene commit. */
    static final String VERSION = "ccgraph.dataVersion";
    /** The Lucene field holding the IRI of the resource. */
    static final String ENTITY = "uri";
    /** The Lucene field holding the language tag of the literal. */
    static final String LANG = "lang";
    /** The fields (named after their properties, without "_": that separates a field from its language) and their properties. */
    static final Map<String, Property> FIELDS;
    /**
     * The languages with an analyser of their own: those of the lexicons for which jena-text knows Lucene's
     * analyser by the code.
     */
    static final List<String> LANGUAGES = Language.codes().stream()
            .filter(code -> Util.getLocalizedAnalyzer(code) != null).toList();

    static {
        Map<String, Property> f = new LinkedHashMap<>();
        f.put("prefLabel", SKOS.prefLabel);
        f.put("label", RDFS.label);
        f.put("title", DCTerms.title);
        f.put("text", CCG.text);
        f.put("action", CCG.action);
        f.put("content", CCG.content);
        FIELDS = Collections.unmodifiableMap(f);
    }

    private final Directory directory;
    private final TextIndexLucene index;
    private final String where;

    private SearchIndex(Directory directory, String where) {
        this.directory = directory;
        this.where = where;
        EntityDefinition def = new EntityDefinition(ENTITY, "text", CCG.text);
        FIELDS.forEach((field, p) -> {
            if (!field.equals("text")) {
                def.set(field, p.asNode());
            }
        });
        def.setLangField(LANG);
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        TextQuery.init();
        this.index = new TextIndexLucene(directory, config);
    }

    /** An empty index in memory. */
    public static SearchIndex memory() {
        return new SearchIndex(new ByteBuffersDirectory(), "memory");
    }

    /** The index in a folder, created empty when there is none. */
    public static SearchIndex open(Path folder) {
        try {
            return new SearchIndex(FSDirectory.open(folder), folder.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + folder, e);
        }
    }

    /**
     * The index of a committed store in {@code folder}: as it is when it was built from the data the store
     * holds now, else built again, with a line on {@code err} saying why (null: quietly, as after a conversion
     * committed into the store just now).
     */
    public static SearchIndex forStore(LocalStore store, Path folder, PrintWriter err) {
        SearchIndex index = open(folder);
        String version = store.version();
        String built = index.version();
        if (built == null || !built.equals(version)) {
            long start = System.nanoTime();
            int texts = index.rebuild(store.dataset().asDatasetGraph(), version);
            if (err != null) {
                err.printf("ccgraph: the text index in %s %s; built it again: %d texts in %.1f s%n", folder,
                        built == null ? "was missing" : "was older than the data", texts,
                        (System.nanoTime() - start) / 1e9);
                err.flush();
            }
        }
        return index;
    }

    /** The version of the data the index was built from, null when it has not been built. */
    public String version() {
        try (DirectoryReader r = DirectoryReader.open(directory)) {
            return r.getIndexCommit().getUserData().get(VERSION);
        } catch (IndexNotFoundException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index in " + where, e);
        }
    }

    /**
     * Replaces the content of the index with the literals of the default graph of {@code data} (as it is
     * served: for a corpus, the union of its graphs), in one commit that records {@code version}; a failure
     * leaves the index as it was. Returns the number of literals indexed.
     */
    public synchronized int rebuild(DatasetGraph data, String version) {
        try {
            int n = Txn.calculateRead(data, () -> fill(data.getDefaultGraph()));
            index.getIndexWriter().setLiveCommitData(Map.of(VERSION, version == null ? "" : version).entrySet());
            index.commit();
            return n;
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
    }

    private int fill(Graph g) {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EntityDefinition def = index.getDocDef();
        int n = 0;
        for (Property p : FIELDS.values()) {
            for (java.util.Iterator<Triple> it = g.find(Node.ANY, p.asNode(), Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), p.asNode(),
                            t.getObject());
                    index.addEntity(e);
                    n++;
                }
            }
        }
        return n;
    }

    /** Makes {@code text:query} in queries over datasets with this context search this index. */
    public void install(Context context) {
        context.set(TextQuery.textIndex, index);
    }

    /** The search of the page: hits by resource, with snippets. */
    public TextSearch search() {
        return new LuceneTextSearch(this);
    }

    Directory directory() {
        return directory;
    }

    TextIndexLucene lucene() {
        return index;
    }

    /** Closes the index and its folder. */
    @Override
    public void close() {
        index.close();
        try {
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
