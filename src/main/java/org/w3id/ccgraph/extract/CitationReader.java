package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.structure.Span;

/**
 * Reads the instruments cited by official number in one element, with the citation patterns of the lexicon
 * ({@code pattern.<kind>[@<variant>]} in grammar.properties). Each pattern's named groups become the parts
 * of an {@link InstrumentRef}; {@code year} and {@code number} are its year and number, {@code number2} a
 * second number of the same kind ("Articles 82 and 83"). A pattern with a {@code year} group that took no
 * part in a match names no year and so cites nothing. Variant {@code footnote} applies to footnotes only.
 * Where two matches overlap, the one inside the other is dropped ("Decision 2002/584/JHA" inside "Framework
 * Decision 2002/584/JHA").
 */
final class CitationReader {

    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");
    private static final Set<String> OWN = Set.of("year", "number", "number2");
    private static final Set<String> ORDERED = Set.of("domain", "year", "number");
    private static final String FOOTNOTE = "footnote";
    /** How much text before an identifier may hold the words that settle its descriptor. */
    private static final int BEFORE = 60;

    /** One citation pattern with the names of its groups. */
    private record Rule(String kind, String variant, Pattern pattern, List<String> groups) {
    }

    private final ExtractionLexicon lexicon;
    private final List<Rule> rules = new ArrayList<>();

    CitationReader(ExtractionLexicon lexicon) {
        this.lexicon = lexicon;
        for (Map.Entry<String, Pattern> e : lexicon.citations().entrySet()) {
            String[] kindAndVariant = e.getKey().split("@", 2);
            List<String> groups = new ArrayList<>();
            Matcher g = GROUP.matcher(e.getValue().pattern());
            while (g.find()) {
                groups.add(g.group(1));
            }
            rules.add(new Rule(kindAndVariant[0], kindAndVariant.length > 1 ? kindAndVariant[1] : "",
                    e.getValue(), groups));
        }
    }

    /** The citations by number in one element, in the order of the lexicon's patterns. */
    List<Citation> read(TextView view, Carrier carrier) {
        List<Citation> found = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.variant().equals(FOOTNOTE) && carrier.kind() != Carrier.Kind.FOOTNOTE) {
                continue;
            }
            Matcher m = rule.pattern().matcher(view.text());
            while (m.find()) {
                add(view, rule, m, carrier, found);
            }
        }
        return outermost(found);
    }

    private void add(TextView view, Rule rule, Matcher m, Carrier carrier, List<Citation> found) {
        boolean dated = rule.groups().contains("year");
        if (dated && m.group("year") == null) {
            return;
        }
        int year = dated ? year(m.group("year")) : 0;
        Map<String, String> parts = parts(view.text(), rule, m);
        Span span = view.source(m.start(), m.end());
        for (String group : List.of("number", "number2")) {
            if (rule.groups().contains(group) && m.group(group) != null) {
                InstrumentRef ref = new InstrumentRef(rule.kind(), year, strip(m.group(group)), parts);
                found.add(new Citation(null, ref, carrier, span));
            }
        }
    }

    private Map<String, String> parts(String text, Rule rule, Matcher m) {
        Map<String, String> parts = new TreeMap<>();
        for (String name : rule.groups()) {
            String value = m.group(name);
            if (!OWN.contains(name) && value != null && !value.isBlank()) {
                parts.put(name, name.equals("domain") ? domain(value) : strip(value.strip().replaceAll("\\s+", " ")));
            }
        }
        if (parts.containsKey("domain")) {
            parts.put("layout", layout(rule, m));
        }
        String descriptor = descriptor(rule.kind(), text.substring(Math.max(0, m.start() - BEFORE), m.start()));
        if (descriptor != null) {
            parts.put("descriptor", descriptor);
        }
        return parts;
    }

    /** The printed order of domain, year and number, e.g. "domain-number-year" for "(EC) No 1383/2003". */
    private static String layout(Rule rule, Matcher m) {
        return rule.groups().stream().filter(ORDERED::contains).filter(g -> m.group(g) != null)
                .sorted(Comparator.comparingInt(m::start)).reduce((a, b) -> a + "-" + b).orElse("");
    }

    /** A printed domain ("EF", "EC,Euratom") in the canonical abbreviations of the lexicon's domain.* keys. */
    private String domain(String printed) {
        List<String> canonical = new ArrayList<>();
        for (String part : printed.split("\\s*,\\s*")) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            canonical.add(lexicon.grammar().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("domain.") && e.getValue().contains(lower))
                    .map(e -> e.getKey().substring("domain.".length())).findFirst().orElse(part.strip()));
        }
        return String.join(", ", canonical);
    }

    /**
     * The CELEX descriptor that the words right before an identifier settle, from the lexicon's
     * {@code descriptor.<kind>.<descriptor>} word lists; null when none or more than one matches.
     */
    private String descriptor(String kind, String before) {
        String head = before.toLowerCase(Locale.ROOT).replaceAll("[\\s(\\[\\\\]+$", "");
        String prefix = "descriptor." + kind + ".";
        List<String> settled = lexicon.grammar().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .filter(e -> e.getValue().stream().anyMatch(w -> endsWithWord(head, w)))
                .map(e -> e.getKey().substring(prefix.length())).toList();
        return settled.size() == 1 ? settled.get(0) : null;
    }

    private static boolean endsWithWord(String text, String words) {
        return text.endsWith(words) && (text.length() == words.length()
                || !Character.isLetterOrDigit(text.charAt(text.length() - words.length() - 1)));
    }

    /** Drops the citations whose span lies inside the span of another, longer one. */
    private static List<Citation> outermost(List<Citation> found) {
        return found.stream().filter(c -> found.stream().noneMatch(o -> inside(c.span(), o.span()))).toList();
    }

    /** Whether {@code inner} lies inside {@code outer} and is shorter. */
    static boolean inside(Span inner, Span outer) {
        return outer.start() <= inner.start() && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static String strip(String number) {
        return number.replaceFirst("^0+(?=\\d)", "");
    }
}
