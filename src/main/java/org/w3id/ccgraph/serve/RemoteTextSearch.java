package org.w3id.ccgraph.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.ccgraph.io.RemoteData;

/**
 * Full-text search over a remote store that has no text index ccgraph knows of: one SPARQL query per page
 * asks the store for the literals of the searched properties that contain every word of the query (case
 * ignored); the shortest matching literal of a resource ranks it, shorter first. No stemming: a word matches
 * where it occurs within a word ("child" finds "children", not the other way round). At most
 * {@value #READ} literals are read per search.
 */
final class RemoteTextSearch implements TextSearch {

    /** The most literals one search reads. */
    static final int READ = 5000;
    private static final Pattern WORD = Pattern.compile("\"([^\"]+)\"|(\\S+)");
    private static final int WORDS = 16;
    private static final int CONTEXT = 80;

    private final RemoteData data;
    private final Duration timeout;

    RemoteTextSearch(RemoteData data, Duration timeout) {
        this.data = data;
        this.timeout = timeout;
    }

    @Override
    public Hits search(String query, String language, int offset, int limit) {
        List<String> words = words(query);
        if (language != null && !languages().contains(language)) {
            throw new BadQuery("unknown language '" + language + "'; expected one of " + languages());
        }
        StringBuilder q = new StringBuilder("SELECT ?s ?p ?o WHERE { VALUES ?p {");
        SearchIndex.FIELDS.values().forEach(p -> q.append(" <").append(p.getURI()).append('>'));
        q.append(" } ?s ?p ?o FILTER(isIRI(?s) && isLiteral(?o)");
        for (String w : words) {
            q.append(" && CONTAINS(LCASE(STR(?o)), ").append(NodeFmtLib.strNT(NodeFactory.createLiteralString(w))).append(')');
        }
        if (language != null) {
            q.append(" && LANGMATCHES(LANG(?o), ").append(NodeFmtLib.strNT(NodeFactory.createLiteralString(language)))
                    .append(')');
        }
        q.append(") } ORDER BY STRLEN(STR(?o)) ?s ?p LIMIT ").append(READ + 1);
        Map<String, Hit> best = new LinkedHashMap<>();
        int read = 0;
        try (QueryExecution qe = data.query(QueryFactory.create(q.toString()), timeout)) {
            for (var it = qe.execSelect(); it.hasNext() && read < READ; read++) {
                QuerySolution row = it.next();
                String iri = row.getResource("s").getURI();
                if (!best.containsKey(iri)) {
                    Literal text = row.getLiteral("o");
                    best.put(iri, new Hit(iri, 1.0 / (1 + text.getLexicalForm().length()), row.getResource("p").getURI(),
                            text.getLanguage(), snippet(text.getLexicalForm(), words)));
                }
            }
        }
        List<Hit> all = new ArrayList<>(best.values());
        List<Hit> page = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
        return new Hits(List.copyOf(page), all.size(), read >= READ);
    }

    @Override
    public List<String> languages() {
        return SearchIndex.LANGUAGES;
    }

    /** The words and quoted phrases of a query, lower-cased. */
    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            throw new BadQuery("expected words to search for");
        }
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            String w = (m.group(1) != null ? m.group(1) : m.group(2)).strip().toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !words.contains(w)) {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            throw new BadQuery("expected words to search for");
        }
        if (words.size() > WORDS) {
            throw new BadQuery("expected at most " + WORDS + " words, found " + words.size());
        }
        return words;
    }

    /** The part of a text around the first word found, every occurrence of a word marked. */
    static List<Part> snippet(String text, List<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = text.length();
        for (String w : words) {
            int i = lower.indexOf(w);
            if (i >= 0) {
                first = Math.min(first, i);
            }
        }
        int from = Math.max(0, Math.min(first, text.length()) - CONTEXT);
        int to = Math.min(text.length(), first + 2 * CONTEXT);
        List<Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new Part("… ", false));
        }
        int at = from;
        while (at < to) {
            int next = -1;
            String found = null;
            for (String w : words) {
                int i = lower.indexOf(w, at);
                if (i >= 0 && i < to && (next < 0 || i < next)) {
                    next = i;
                    found = w;
                }
            }
            if (next < 0) {
                parts.add(new Part(text.substring(at, to), false));
                break;
            }
            if (next > at) {
                parts.add(new Part(text.substring(at, next), false));
            }
            int end = Math.min(text.length(), next + found.length());
            parts.add(new Part(text.substring(next, end), true));
            at = end;
        }
        if (to < text.length()) {
            parts.add(new Part(" …", false));
        }
        return parts;
    }
}
