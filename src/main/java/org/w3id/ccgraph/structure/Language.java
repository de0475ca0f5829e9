package org.w3id.ccgraph.structure;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.ccgraph.BundledFiles;

/**
 * A language ccgraph has a lexicon for, resolved once from its code ("da") and carried from the command
 * line through every stage. It holds its layout lexicon; the extraction lexicon is looked up from it by the
 * extractor ({@code ExtractionLexicon.of(language)}), so no stage turns a code back into files.
 *
 * <pre>{@code
 * Language da = Language.of("da");
 * da.authority();           // "DAN", the EU authority code
 * da.lexicon().months();    // month names
 * }</pre>
 */
public final class Language {

    private static final String LIST = "lexicon/languages.txt";
    private static final Map<String, Language> RESOLVED = new ConcurrentHashMap<>();

    private final String code;
    private final LayoutLexicon lexicon;

    private Language(String code) {
        this.code = code;
        this.lexicon = LayoutLexicon.read(code);
    }

    /**
     * The language with this code.
     *
     * @throws IllegalArgumentException naming the languages there are, when there is no lexicon for the code
     */
    public static Language of(String code) {
        if (!codes().contains(code)) {
            throw new IllegalArgumentException("no lexicon for language '" + code + "'; expected one of " + codes());
        }
        return RESOLVED.computeIfAbsent(code, Language::new);
    }

    /** The codes of every language with a lexicon, in the order of {@code lexicon/languages.txt}. */
    public static List<String> codes() {
        return BundledFiles.lines(LIST);
    }

    /** Every language with a lexicon. */
    public static List<Language> all() {
        return codes().stream().map(Language::of).toList();
    }

    /** The lexicon code, e.g. "da", also the language tag of literals. */
    public String code() {
        return code;
    }

    /** The EU authority code of the language, e.g. "DAN". */
    public String authority() {
        return lexicon.authority();
    }

    /** The words of this language around the structure of a text. */
    public LayoutLexicon lexicon() {
        return lexicon;
    }

    /** The resource folder of this language's lexicon files, ending in a slash. */
    public String folder() {
        return "lexicon/" + code + "/";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Language l && l.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code. */
    @Override
    public String toString() {
        return code;
    }
}
