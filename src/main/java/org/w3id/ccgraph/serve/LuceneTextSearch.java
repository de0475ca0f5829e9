package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;

/**
 * {@link TextSearch} on a {@link SearchIndex}: the query's words and phrases are searched in every field, in the
 * field as written and, analysed by each language's analyser, in its language fields, all words but stop words
 * required; the
 * Lucene documents (one per literal) are ranked by Lucene's score and folded into one hit per resource, its
 * best literal giving the snippet.
 */
final class LuceneTextSearch implements TextSearch {

    /** The most literals a search reads; beyond them the total is a lower bound. */
    static final int MAX_DOCUMENTS = 5_000;
    /** The most words and phrases a query may have. */
    static final int MAX_TERMS = 16;
    /** The length of a snippet around the match, in characters. */
    static final int SNIPPET = 200;
    private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private static final char START = '\uE000';
    private static final char END = '\uE001';

    private final SearchIndex index;

    LuceneTextSearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public List<String> languages() {
        return SearchIndex.LANGUAGES;
    }

    @Override
    public Hits search(String text, String language, int offset, int limit) {
        if (language != null && !SearchIndex.LANGUAGES.contains(language)) {
            throw new BadQuery("expected one of the languages " + SearchIndex.LANGUAGES + ", found '" + language + "'");
        }
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("expected a non-negative offset and limit");
        }
        Query query = parse(text, language);
        try (DirectoryReader reader = DirectoryReader.open(index.directory())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top;
            try {
                top = searcher.search(query, MAX_DOCUMENTS);
            } catch (IndexSearcher.TooManyClauses e) {
                throw new BadQuery("expected a shorter query: it makes more than " + IndexSearcher.getMaxClauseCount()
                        + " clauses for the index");
            }
            StoredFields stored = searcher.storedFields();
            Map<String, ScoreDoc> best = new LinkedHashMap<>();
            for (ScoreDoc d : top.scoreDocs) {
                best.putIfAbsent(stored.document(d.doc, Set.of(SearchIndex.ENTITY)).get(SearchIndex.ENTITY), d);
            }
            List<Map.Entry<String, ScoreDoc>> all = new ArrayList<>(best.entrySet());
            List<Hit> page = new ArrayList<>();
            for (Map.Entry<String, ScoreDoc> e : all.subList(Math.min(offset, all.size()),
                    (int) Math.min((long) offset + limit, all.size()))) {
                page.add(hit(e.getKey(), e.getValue(), stored.document(e.getValue().doc), query));
            }
            return new Hits(page, all.size(), top.totalHits.value > top.scoreDocs.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
    }

    /**
     * The Lucene query of words and "phrases": every one required, in one field or another; a word the analyser
     * splits (such as "covid-19") requires all its parts. A word that a language's analyser drops as a stop
     * word ("af", "the") is not required, only counted when present.
     */
    Query parse(String text, String language) {
        List<String> terms = new ArrayList<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                if (!m.group(1).isBlank()) {
                    terms.add("\"" + QueryParserBase.escape(m.group(1).strip()) + "\"");
                }
            } else {
                terms.add(QueryParserBase.escape(m.group(2).toLowerCase(Locale.ROOT)));
            }
        }
        if (terms.isEmpty()) {
            throw new BadQuery("expected words to search for, found none");
        }
        if (terms.size() > MAX_TERMS) {
            throw new BadQuery("expected at most " + MAX_TERMS + " words and phrases, found " + terms.size());
        }
        List<String> fields = new ArrayList<>();
        for (String field : SearchIndex.FIELDS.keySet()) {
            if (language == null) {
                fields.add(field);
                SearchIndex.LANGUAGES.forEach(l -> fields.add(field + "_" + l));
            } else {
                fields.add(field + "_" + language);
            }
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        try {
            for (String term : terms) {
                BooleanQuery.Builder any = new BooleanQuery.Builder();
                boolean stopWord = false;
                for (String field : fields) {
                    QueryParser parser = new QueryParser(field, index.lucene().getQueryAnalyzer());
                    parser.setDefaultOperator(QueryParser.Operator.AND);
                    Query q = parser.parse(term);
                    if (q != null && !(q instanceof BooleanQuery b && b.clauses().isEmpty())) {
                        any.add(q, BooleanClause.Occur.SHOULD);
                    } else {
                        stopWord |= field.contains("_");
                    }
                }
                BooleanQuery anyField = any.build();
                if (!anyField.clauses().isEmpty()) {
                    all.add(anyField, stopWord ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
                }
            }
            return all.build();
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw new BadQuery("cannot read the query: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private Hit hit(String iri, ScoreDoc d, Document doc, Query query) throws IOException {
        String field = null;
        for (String f : SearchIndex.FIELDS.keySet()) {
            if (doc.get(f) != null) {
                field = f;
                break;
            }
        }
        String value = field == null ? "" : doc.get(field).replace(START, '\uFFFD').replace(END, '\uFFFD');
        String lang = doc.get(SearchIndex.LANG);
        lang = lang == null || lang.startsWith("^^") ? "" : lang;
        String property = field == null ? "" : SearchIndex.FIELDS.get(field).getURI();
        return new Hit(iri, d.score, property, lang, snippet(query, field == null ? "" : field, lang, value));
    }

    /** The best passage of the literal with the matching words marked, or its beginning. */
    private List<Part> snippet(Query query, String field, String lang, String value) throws IOException {
        Analyzer analyzer = index.lucene().getAnalyzer();
        String analysed = SearchIndex.LANGUAGES.contains(lang) ? field + "_" + lang : field;
        QueryScorer scorer = new QueryScorer(query);
        Highlighter h = new Highlighter((original, group) -> group.getTotalScore() > 0 ? START + original + END : original,
                scorer);
        h.setTextFragmenter(new SimpleSpanFragmenter(scorer, SNIPPET));
        h.setMaxDocCharsToAnalyze(Math.max(value.length(), Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE));
        String best;
        try (TokenStream ts = analyzer.tokenStream(analysed, value)) {
            best = h.getBestFragment(ts, value);
        } catch (InvalidTokenOffsetsException e) {
            best = null;
        }
        if (best == null) {
            best = value.length() <= SNIPPET ? value : value.substring(0, value.lastIndexOf(' ', SNIPPET) > 0
                    ? value.lastIndexOf(' ', SNIPPET) : SNIPPET) + " …";
        }
        return parts(best.strip());
    }

    private static List<Part> parts(String marked) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(START, at);
            if (start < 0) {
                parts.add(new Part(marked.substring(at), false));
                break;
            }
            int end = marked.indexOf(END, start);
            if (start > at) {
                parts.add(new Part(marked.substring(at, start), false));
            }
            parts.add(new Part(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return parts;
    }
}
