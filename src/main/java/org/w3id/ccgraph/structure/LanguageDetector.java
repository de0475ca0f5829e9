package org.w3id.ccgraph.structure;

import java.util.List;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceText;

/**
 * Recognises the language of a text by its content: the share of its words that are frequent function
 * words of each language with a lexicon ({@code stopwords} in {@code layout.properties}). A text in which no
 * language reaches {@value #MIN_SHARE_PERCENT}% (or, in a short text, outnumbers the others) fails
 * with {@code UNKNOWN LANGUAGE}: there is no silent fallback.
 */
final class LanguageDetector {

    /** The least share of function words, in percent, that makes a text one of a language. */
    static final int MIN_SHARE_PERCENT = 8;
    /** Fewer words than this make a short text: two function words of one language, more than any other has, decide it. */
    private static final int SHORT = 200;
    /** Words read: enough for a clear vote, few enough to stay fast on large texts. */
    private static final int SAMPLE = 4000;

    /** What was found: the language and its share of function words. */
    record Detected(Language language, int percent) {
    }

    private LanguageDetector() {
    }

    /** The language of a text, or an {@link InputException} when it is in none that ccgraph knows. */
    static Detected detect(SourceText source) {
        String text = source.text();
        List<String> words = LayoutLexicon.words(text.length() > 60_000 ? text.substring(0, 60_000) : text);
        List<String> sample = words.size() > SAMPLE ? words.subList(0, SAMPLE) : words;
        Language best = null;
        int bestHits = 0;
        int second = 0;
        for (Language language : Language.all()) {
            LayoutLexicon lexicon = language.lexicon();
            int hits = 0;
            for (String w : sample) {
                if (lexicon.stopwords().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                best = language;
                bestHits = hits;
            } else if (hits > second) {
                second = hits;
            }
        }
        int percent = sample.isEmpty() ? 0 : 100 * bestHits / sample.size();
        boolean shortButClear = sample.size() < SHORT && bestHits >= 2 && bestHits > second;
        if (best == null || percent < MIN_SHARE_PERCENT && !shortButClear) {
            throw new InputException(Title.UNKNOWN_LANGUAGE, source.location(0), "expected a text in one of "
                    + Language.codes() + " (found " + percent + "% of their function words in "
                    + sample.size() + " words); give --lang if the text is in one of them");
        }
        return new Detected(best, percent);
    }
}
