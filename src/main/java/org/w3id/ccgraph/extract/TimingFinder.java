package org.w3id.ccgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.w3id.ccgraph.structure.LayoutLexicon;
import org.w3id.ccgraph.structure.Span;

/**
 * Finds when an obligation is due and how often it recurs, by the patterns of {@code timings.tsv}: the
 * first deadline and the first frequency in the text of the request. A deadline's date is the last day the
 * words allow ("by mid-2023" is 2023-06-30, "by the end of 2020" is 2020-12-31).
 */
final class TimingFinder {

    private static final List<String> QUARTERS = List.of("first", "second", "third", "fourth");

    private final ExtractionLexicon lexicon;
    private final LayoutLexicon layout;

    TimingFinder(ExtractionLexicon lexicon) {
        this.lexicon = lexicon;
        this.layout = lexicon.language().lexicon();
    }

    /** The deadline and the frequency in a source range, each at most once. */
    List<Timing> find(String source, Span span) {
        List<Timing> found = new ArrayList<>();
        boolean deadline = false;
        boolean frequency = false;
        for (ExtractionLexicon.TimingPattern p : lexicon.timings()) {
            boolean isDeadline = p.kind().equals("deadline");
            if (isDeadline ? deadline : frequency) {
                continue;
            }
            Matcher m = p.pattern().matcher(source).region(span.start(), span.end());
            while (m.find()) {
                Span at = new Span(m.start(), m.end());
                String text = m.group().replaceAll("\\s+", " ");
                if (isDeadline) {
                    LocalDate due = due(p.value(), m);
                    if (due != null) {
                        found.add(new Timing(Timing.Kind.DEADLINE, due, null, text, at));
                        deadline = true;
                        break;
                    }
                } else {
                    found.add(new Timing(Timing.Kind.FREQUENCY, null, p.value(), text, at));
                    frequency = true;
                    break;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private LocalDate due(String how, Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            return switch (how) {
                case "date" -> LocalDate.of(year, month(m.group("month")), Integer.parseInt(m.group("day")));
                case "month" -> YearMonth.of(year, month(m.group("month"))).atEndOfMonth();
                case "mid-year" -> LocalDate.of(year, 6, 30);
                case "quarter" -> YearMonth.of(year, 3 * (QUARTERS.indexOf(m.group("quarter")
                        .toLowerCase(Locale.ROOT)) + 1)).atEndOfMonth();
                default -> LocalDate.of(year, 12, 31);
            };
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private int month(String name) {
        int m = layout.months().indexOf(name.toLowerCase(Locale.ROOT)) + 1;
        if (m == 0) {
            throw new IllegalArgumentException("not a month: " + name);
        }
        return m;
    }
}
