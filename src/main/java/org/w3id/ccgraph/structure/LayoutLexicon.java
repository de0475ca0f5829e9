package org.w3id.ccgraph.structure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language around the document structure: header labels, month names, the date and
 * meeting patterns. Loaded from {@code lexicon/<lang>/layout.properties} on the class path.
 *
 * @param language   the lexicon code ("da")
 * @param authority  the EU authority code of the language ("DAN")
 * @param months     month names, January first, lower case
 * @param date       pattern of a date with groups day, month, year
 * @param placeDate  pattern of the first header line with groups place and date
 * @param fields     header field labels by field key (sender, date, recipients, previous, subject)
 * @param meeting    pattern of the adopting meeting with group number
 */
public record LayoutLexicon(String language, String authority, List<String> months, Pattern date,
                            Pattern placeDate, Map<String, String> fields, Pattern meeting) {

    private static final String ROOT = "lexicon/";

    public LayoutLexicon {
        months = List.copyOf(months);
        fields = Map.copyOf(fields);
    }

    private static final java.util.Map<String, LayoutLexicon> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon of a language from the class path, read once. */
    public static LayoutLexicon load(String language) {
        return LOADED.computeIfAbsent(language, LayoutLexicon::read);
    }

    private static LayoutLexicon read(String language) {
        Properties p = new Properties();
        String resource = ROOT + language + "/layout.properties";
        try (InputStream in = LayoutLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no layout lexicon for language '" + language + "'");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : List.of("sender", "date", "recipients", "previous", "subject")) {
            fields.put(key, p.getProperty("field." + key));
        }
        List<String> months = List.of(p.getProperty("months").toLowerCase(Locale.ROOT).trim().split("\\s+"));
        return new LayoutLexicon(p.getProperty("language"), p.getProperty("authority"), months,
                Pattern.compile(p.getProperty("date")), Pattern.compile(p.getProperty("place-date")),
                fields, Pattern.compile(p.getProperty("meeting")));
    }

    /** Every language that has a lexicon, in the order of {@code lexicon/languages.txt}. */
    public static List<String> languages() {
        List<String> languages = new ArrayList<>();
        try (InputStream in = LayoutLexicon.class.getClassLoader().getResourceAsStream(ROOT + "languages.txt")) {
            if (in == null) {
                throw new IllegalStateException(ROOT + "languages.txt is missing from the class path");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    languages.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return languages;
    }

    /** The label of a header field followed by a colon at the start of {@code line}, or null. */
    public String fieldOf(String line) {
        String stripped = line.strip();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String label = e.getValue() + ":";
            if (stripped.regionMatches(true, 0, label, 0, label.length())) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The date in a text such as "8. oktober 2019", or null when none parses. */
    public LocalDate parseDate(CharSequence text) {
        Matcher m = date.matcher(text);
        while (m.find()) {
            int month = months.indexOf(m.group("month").toLowerCase(Locale.ROOT)) + 1;
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
