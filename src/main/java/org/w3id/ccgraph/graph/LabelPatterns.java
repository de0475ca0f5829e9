package org.w3id.ccgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.BundledFiles;

/**
 * The patterns of the English labels of extracted facts, read from {@value #FILE}: the words around the
 * names, actions and dates are data, so that Java holds no language.
 */
final class LabelPatterns {

    /** The bundled file. */
    static final String FILE = "lexicon/en/labels.properties";
    /** The language of the labels. */
    static final String LANGUAGE = "en";
    /** The longest action quoted in a label, in characters. */
    static final int ACTION = 80;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Properties patterns;

    private LabelPatterns(Properties patterns) {
        this.patterns = patterns;
    }

    /** The bundled patterns. */
    static LabelPatterns bundled() {
        return new LabelPatterns(BundledFiles.properties(FILE));
    }

    /** The pattern {@code key} with its placeholders filled from {@code values}; a missing value is empty. */
    String format(String key, Map<String, String> values) {
        String pattern = patterns.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException(FILE + " has no '" + key + "'");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Names joined as a list: "A", "A and B", "A, B and C". */
    String list(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(format("list.separator", Map.of()), names.subList(0, names.size() - 1))
                + format("list.last", Map.of()) + names.get(names.size() - 1);
    }

    /** An action quoted, cut to {@value #ACTION} characters. */
    String action(String text) {
        String cut = text.length() > ACTION ? text.substring(0, ACTION - 1).strip() + "\u2026" : text;
        return format("action", Map.of("text", cut));
    }
}
