package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A lexicon entry: a key (speech-act notation, actor or instrument key) and a surface form of one or more
 * words, possibly with {@code ...} gaps. Forms with a lower-case letter match case-insensitively, all-upper
 * -case forms (acronyms) case-sensitively.
 *
 * @param key   what the form stands for
 * @param parts the runs of tokens (words and punctuation) between gaps; one part when the form has no gap
 * @param exactCase whether case must match
 */
record Form(String key, List<List<String>> parts, boolean exactCase) {

    /** The gap marker in lexicon forms. */
    static final String GAP = "...";

    Form {
        parts = parts.stream().map(List::copyOf).toList();
    }

    /** Parses a form as written in a lexicon file. */
    static Form parse(String key, String form) {
        List<List<String>> parts = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String word : Tokens.texts(form)) {
            if (word.equals(GAP)) {
                parts.add(run);
                run = new ArrayList<>();
            } else {
                run.add(word);
            }
        }
        parts.add(run);
        parts.removeIf(List::isEmpty);
        boolean exact = form.equals(form.toUpperCase(Locale.ROOT));
        return new Form(key, parts, exact);
    }

    /** The number of words, gaps not counted. */
    int length() {
        return parts.stream().mapToInt(List::size).sum();
    }

    /** Whether a token's text equals a form word under this form's case rule. */
    boolean wordMatches(String formWord, String token) {
        return exactCase ? formWord.equals(token) : formWord.equalsIgnoreCase(token);
    }
}
