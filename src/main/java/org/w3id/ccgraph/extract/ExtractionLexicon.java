package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.structure.Language;

/**
 * The language knowledge of the extractor for one language, from {@code lexicon/<lang>/}: {@code
 * verbs.tsv} (speech-act verbs), {@code actors.tsv}, {@code speakers.tsv}, {@code instruments.tsv} and
 * {@code grammar.properties} (function words and citation patterns).
 *
 * @param language     the language
 * @param verbs        verb forms for a single speaker keyed by speech-act notation, longest first
 * @param plural       verb forms for several speakers speaking together, longest first
 * @param passive      passive verb forms whose subject is the addressee, longest first
 * @param actors       actor forms keyed by actor key, longest first
 * @param speakers     subject forms that make a verb a speech act of the author
 * @param instruments  instrument names keyed by instrument key, longest first
 * @param grammar      function words by role (coordinators, infinitive, anaphora, addressee-joiners, gap-stops)
 * @param citations    citation patterns by kind, e.g. "directive", "com", "council-document", "treaty-article.tfeu"
 * @param timings      deadline and frequency patterns, in file order
 */
public record ExtractionLexicon(Language language, List<Form> verbs, List<Form> plural, List<Form> passive,
                                List<Form> actors, List<Speaker> speakers,
                                List<Form> instruments, Map<String, Set<String>> grammar,
                                Map<String, Pattern> citations, List<TimingPattern> timings) {

    /**
     * A pattern of a deadline or frequency.
     *
     * @param kind    "deadline" or "frequency"
     * @param value   how a deadline's date is read, or a frequency's period code
     * @param pattern the pattern, case-insensitive
     */
    record TimingPattern(String kind, String value, Pattern pattern) {
    }

    /** A subject form: the author named, or a pronoun standing for the last speaker. */
    record Speaker(Form form, Kind kind) {
        /** Name or pronoun. */
        enum Kind { NAME, PRONOUN }
    }

    private static final Comparator<Form> LONGEST_FIRST = Comparator.comparingInt(Form::length).reversed();

    private static final Map<Language, ExtractionLexicon> LOADED = new ConcurrentHashMap<>();

    /** The lexicon of a language from the class path, read once. */
    public static ExtractionLexicon of(Language language) {
        return LOADED.computeIfAbsent(language, ExtractionLexicon::read);
    }

    private static ExtractionLexicon read(Language language) {
        String dir = language.folder();
        List<String[]> verbRows = rows(dir + "verbs.tsv");
        List<Form> verbs = forms(verbRows.stream().filter(r -> kind(r).equals("sg")).toList());
        List<Form> plural = forms(verbRows.stream().filter(r -> kind(r).equals("pl")).toList());
        List<Form> passive = forms(verbRows.stream().filter(r -> kind(r).equals("passive")).toList());
        List<Form> actors = forms(rows(dir + "actors.tsv"));
        List<Form> instruments = forms(rows(dir + "instruments.tsv"));
        List<Speaker> speakers = new ArrayList<>();
        for (String[] row : rows(dir + "speakers.tsv")) {
            speakers.add(new Speaker(Form.parse(row[0], row[1]),
                    Speaker.Kind.valueOf(row[2].strip().toUpperCase(Locale.ROOT))));
        }
        Properties p = properties(dir + "grammar.properties");
        Map<String, Set<String>> grammar = new LinkedHashMap<>();
        Map<String, Pattern> citations = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("pattern.")) {
                citations.put(key.substring("pattern.".length()), Pattern.compile(p.getProperty(key)));
            } else {
                grammar.put(key, Set.of(p.getProperty(key).toLowerCase(Locale.ROOT).split("\\|")));
            }
        }
        return new ExtractionLexicon(language, verbs, plural, passive, actors, speakers, instruments, grammar, citations,
                timings(dir + "timings.tsv", language));
    }

    private static String kind(String[] row) {
        return row.length > 2 && !row[2].isBlank() ? row[2].strip() : "sg";
    }

    private static List<TimingPattern> timings(String resource, Language language) {
        List<TimingPattern> found = new ArrayList<>();
        if (!BundledFiles.exists(resource)) {
            return found;
        }
        String months = String.join("|", language.lexicon().months());
        for (String[] row : rows(resource)) {
            String regex = "(?<![\\p{L}\\d])(?:" + row[2].replace("{month}", "(?:" + months + ")") + ")(?![\\p{L}])";
            found.add(new TimingPattern(row[0].strip(), row[1].strip(),
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return found;
    }

    /** The function words of a role, lower case; empty when the lexicon names none. */
    Set<String> words(String role) {
        return grammar.getOrDefault(role, Set.of());
    }

    /** Whether a token is one of the function words of a role. */
    boolean is(String role, String token) {
        return words(role).contains(token.toLowerCase(Locale.ROOT));
    }

    private static List<Form> forms(List<String[]> rows) {
        return rows.stream().map(r -> Form.parse(r[0], r[1])).sorted(LONGEST_FIRST).collect(Collectors.toList());
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text(resource).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                throw new IllegalStateException(resource + ": expected tab-separated columns in line: " + line);
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(String resource) {
        return BundledFiles.text(resource);
    }

    private static Properties properties(String resource) {
        return BundledFiles.properties(resource);
    }
}
