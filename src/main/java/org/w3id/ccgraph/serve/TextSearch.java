package org.w3id.ccgraph.serve;

import java.util.List;

/**
 * Full-text search over the published data, whatever holds it: the resources whose labels or texts match a
 * query, best first, one hit per resource, a page at a time. The search page knows only this; the Lucene index
 * of a local store ({@link SearchIndex}) is one implementation.
 *
 * <p>A query is words and "quoted phrases"; every word must occur (in some form the language's stemmer
 * relates to it) in one literal of the resource, stop words aside. Other query syntax is read as text.
 */
public interface TextSearch {

    /**
     * One page of the hits for {@code query}: those from {@code offset} on, at most {@code limit}. The order is
     * the same on every call with the same data, so that pages walk every hit exactly once.
     *
     * @param query    words and phrases, not blank
     * @param language a language code ("da", "en") to search only texts in that language, or null for all
     * @throws BadQuery when the query or the language cannot be searched
     */
    Hits search(String query, String language, int offset, int limit);

    /** The language codes a query may be restricted to. */
    List<String> languages();

    /**
     * A page of hits.
     *
     * @param hits  the hits of the page, best first
     * @param total the number of resources that match, or a lower bound of it when {@code more}
     * @param more  whether more resources match than were counted
     */
    record Hits(List<Hit> hits, int total, boolean more) {
    }

    /**
     * A resource that matches.
     *
     * @param iri      the resource
     * @param score    how well it matches; higher is better, comparable only within one search
     * @param property the property of the literal that matched best
     * @param language the language tag of that literal, "" when it has none
     * @param snippet  the part of that literal around the match, with the matching words marked
     */
    record Hit(String iri, double score, String property, String language, List<Part> snippet) {

        /** The snippet as plain text. */
        public String text() {
            StringBuilder b = new StringBuilder();
            snippet.forEach(p -> b.append(p.text()));
            return b.toString();
        }
    }

    /** A piece of a snippet, and whether it is a word that matched. */
    record Part(String text, boolean match) {
    }

    /** A query that cannot be searched, with a message for the person who asked. */
    final class BadQuery extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadQuery(String message) {
            super(message);
        }
    }
}
