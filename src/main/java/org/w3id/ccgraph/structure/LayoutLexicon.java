package org.w3id.ccgraph.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.BundledFiles;

/**
 * The words of one language around the structure of a Council text, from {@code lexicon/<lang>/}:
 * {@code layout.properties} (header labels, month names, dates, the speaker formula, annex headings, the
 * signs of each layout in this language, frequent function words) and {@code recitals.tsv} (the words that
 * open a recital).
 *
 * @param language  the lexicon code ("da")
 * @param authority the EU authority code of the language ("DAN")
 * @param stopwords frequent function words, lower case, by which the language is recognised
 * @param months    month names, January first, lower case
 * @param date      pattern of a date with groups day, month, year
 * @param placeDate pattern of the first register header line with groups place and date
 * @param fields    register header field labels (alternatives) by field key
 * @param meeting   pattern of the adopting meeting with group number
 * @param patterns  the other patterns by key: speaker, annex (a line), annex-inline, oj-reference, adopted, kind.*
 * @param signs     language-specific signs of each layout, by layout name
 * @param openers   the forms that open a recital, each with its act
 * @param leads     words that may stand before a heading ("and ACKNOWLEDGING"), lower case
 * @param references words after which a bracketed letter is a cross-reference ("point (a)"), lower case
 * @param lowerCaseOpeners whether a recital opener in lower case may start a recital after a comma
 */
public record LayoutLexicon(String language, String authority, Set<String> stopwords, List<String> months, Pattern date,
                            Pattern placeDate, Map<String, List<String>> fields, Pattern meeting,
                            Map<String, Pattern> patterns, Map<String, List<Pattern>> signs, List<Opener> openers,
                            Set<String> leads, Set<String> references, boolean lowerCaseOpeners) {

    /**
     * A form that opens a recital.
     *
     * @param act   the recital act it expresses ("recalling")
     * @param words the words of the form, lower case
     */
    public record Opener(String act, List<String> words) {
        public Opener {
            words = List.copyOf(words);
        }
    }

    private static final String ROOT = "lexicon/";
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}'’-]+");

    public LayoutLexicon {
        stopwords = Set.copyOf(stopwords);
        months = List.copyOf(months);
        fields = Map.copyOf(fields);
        patterns = Map.copyOf(patterns);
        signs = Map.copyOf(signs);
        openers = List.copyOf(openers);
        leads = Set.copyOf(leads);
        references = Set.copyOf(references);
    }

    /** Reads the lexicon of a language from the class path; {@link Language#of} keeps it. */
    static LayoutLexicon read(String language) {
        String dir = ROOT + language + "/";
        Properties p = BundledFiles.properties(dir + "layout.properties");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String key : List.of("sender", "date", "recipients", "previous", "subject")) {
            fields.put(key, List.of(p.getProperty("field." + key, "").split("\\|")).stream()
                    .map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (List.of("speaker", "oj-reference", "adopted").contains(key) || key.startsWith("kind.")) {
                patterns.put(key, Pattern.compile(p.getProperty(key)));
            }
        }
        String annex = "(?:" + p.getProperty("annex-words", "ANNEX") + ")";
        patterns.put("annex", Pattern.compile("^\\s*" + annex + "(?:\\s+(?<number>[IVXLC]+|\\d{1,2}|[A-Z]))?\\s*[.:]?\\s*$"));
        patterns.put("annex-inline", Pattern.compile(annex + "(?:\\s+(?<number>[IVXLC]+|\\d{1,2})(?![\\p{L}\\d:]))?"));
        Map<String, List<Pattern>> signs = new LinkedHashMap<>();
        for (String layout : Layout.names()) {
            signs.put(layout, Layout.patterns(p, "detect." + layout + "."));
        }
        return new LayoutLexicon(p.getProperty("language"), p.getProperty("authority"),
                Set.of(lower(p.getProperty("stopwords", "")).split("\\s+")),
                List.of(lower(p.getProperty("months")).trim().split("\\s+")),
                Pattern.compile(p.getProperty("date")), Pattern.compile(p.getProperty("place-date")), fields,
                Pattern.compile(p.getProperty("meeting")), patterns, signs, openers(dir + "recitals.tsv"),
                Set.of(lower(p.getProperty("heading-lead", "")).split("\\|")),
                Set.of(lower(p.getProperty("cross-reference", "")).split("\\|")),
                Boolean.parseBoolean(p.getProperty("lower-case-openers")));
    }

    private static List<Opener> openers(String resource) {
        List<Opener> openers = new ArrayList<>();
        if (!BundledFiles.exists(resource)) {
            return openers;
        }
        List<String> rows = BundledFiles.lines(resource);
        for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String[] cells = row.split("\t");
            if (cells.length >= 2) {
                openers.add(new Opener(cells[0].strip(), words(cells[1])));
            }
        }
        openers.sort((a, b) -> b.words().size() - a.words().size());
        return openers;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The words of a text, lower case, in order. */
    static List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(lower(m.group()));
        }
        return words;
    }

    /** A pattern of this language by key, or null when the lexicon has none. */
    public Pattern pattern(String key) {
        return patterns.get(key);
    }

    /** The register header field whose label, followed by a colon, starts {@code line}; null if none. */
    public String fieldOf(String line) {
        String stripped = line.strip();
        for (Map.Entry<String, List<String>> e : fields.entrySet()) {
            for (String label : e.getValue()) {
                String withColon = label + ":";
                if (stripped.regionMatches(true, 0, withColon, 0, withColon.length())) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /** The recital opener that starts {@code text} (after an optional lead word), or null. */
    public Opener openerOf(CharSequence text) {
        List<String> words = words(text.length() > 200 ? text.subSequence(0, 200) : text);
        int from = !words.isEmpty() && leads.contains(words.get(0)) ? 1 : 0;
        for (Opener o : openers) {
            if (words.size() - from >= o.words().size() && words.subList(from, from + o.words().size()).equals(o.words())) {
                return o;
            }
        }
        return null;
    }

    /** The date in a text such as "8. oktober 2019", or null when none parses. */
    public LocalDate parseDate(CharSequence text) {
        Matcher m = date.matcher(text);
        while (m.find()) {
            int month = months.indexOf(lower(m.group("month"))) + 1;
            if (month > 0) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
