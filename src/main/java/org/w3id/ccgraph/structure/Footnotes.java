package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnotes and their anchors in every dress: superscript digits ("¹" in the text, a "¹" line for the note),
 * numbers in brackets ("(1)" in the text, a run of "(1)" lines closing a part), and, in PDF exports,
 * numbers glued to a word or a year ("of 29 November 20191") with the note printed as "1 text" at a page
 * bottom.
 */
final class Footnotes {

    private static final Pattern BRACKETED = Pattern.compile("\\((\\d{1,3})\\)");
    private static final Pattern GLUED_TO_WORD = Pattern.compile("(?<=\\p{Ll}{2}|[)”\"’])(\\d{1,2})(?=[\\s.,;:)]|$)");
    private static final Pattern GLUED_TO_YEAR = Pattern.compile("(?<=\\b(?:19|20)\\d{2})(\\d{1,2})(?=[\\s.,;:)]|$)");

    private Footnotes() {
    }

    /**
     * The indexes of the units in [from, to) that are a closing run of bracketed footnotes: "(1)" to "(K)" in
     * order at the end of the part (lines without a sign between them continue a note), of which at least
     * half, and at least one, are anchored as "(n)" in the text before. Empty when there is no such run.
     */
    static Set<Integer> closingRun(List<Unit> units, int from, int to, String source) {
        int expected = -1;
        int runStart = -1;
        for (int i = to - 1; i >= from; i--) {
            Marker m = units.get(i).marker();
            if (m == null) {
                continue;
            }
            if (m.style() != Marker.Style.PAREN_NUMBER || expected >= 0 && m.value() != expected) {
                return Set.of();
            }
            expected = m.value() - 1;
            if (m.value() == 1) {
                runStart = i;
                break;
            }
        }
        if (runStart < 0) {
            return Set.of();
        }
        int count = units.get(to - 1).marker() != null ? units.get(to - 1).marker().value() : lastValue(units, runStart, to);
        StringBuilder before = new StringBuilder();
        for (int i = from; i < runStart; i++) {
            before.append(units.get(i).text(source)).append(' ');
        }
        Set<Integer> anchored = new HashSet<>();
        Matcher b = BRACKETED.matcher(before);
        while (b.find()) {
            anchored.add(Integer.parseInt(b.group(1)));
        }
        int hits = 0;
        for (int n = 1; n <= count; n++) {
            hits += anchored.contains(n) ? 1 : 0;
        }
        if (hits == 0 || 2 * hits < count) {
            return Set.of();
        }
        Set<Integer> run = new HashSet<>();
        for (int i = runStart; i < to; i++) {
            run.add(i);
        }
        return run;
    }

    private static int lastValue(List<Unit> units, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (units.get(i).marker() != null) {
                v = units.get(i).marker().value();
            }
        }
        return v;
    }

    /** Whether the text holds an anchor for footnote {@code n}, from offset {@code from} on. */
    static boolean hasAnchor(CharSequence text, int from, int n) {
        String s = Integer.toString(n);
        for (Pattern p : new Pattern[] {BRACKETED, GLUED_TO_WORD, GLUED_TO_YEAR}) {
            Matcher m = p.matcher(text).region(Math.min(from, text.length()), text.length());
            while (m.find()) {
                if (m.group(1).equals(s)) {
                    return true;
                }
            }
        }
        Matcher m = Markup.SUPERSCRIPT.matcher(text).region(Math.min(from, text.length()), text.length());
        while (m.find()) {
            if (Markup.superscriptValue(m.group()) == n) {
                return true;
            }
        }
        return false;
    }

    /**
     * The anchors in an element's text for the footnotes numbered {@code numbers}: superscripts, numbers in
     * brackets and (when {@code glued} is set) numbers glued to a word or a year, the latter only in the
     * order the notes are numbered ({@code next} holds the number expected next and is advanced).
     */
    static List<Anchor> anchors(String source, List<Span> segments, Set<Integer> numbers, boolean glued, int[] next) {
        List<Anchor> found = new ArrayList<>();
        for (Span s : segments) {
            Matcher m = Markup.SUPERSCRIPT.matcher(source).region(s.start(), s.end());
            while (m.find()) {
                found.add(new Anchor(Markup.superscriptValue(m.group()), new Span(m.start(), m.end())));
            }
            if (numbers.isEmpty()) {
                continue;
            }
            Matcher b = BRACKETED.matcher(source).region(s.start(), s.end());
            while (b.find()) {
                int n = Integer.parseInt(b.group(1));
                if (numbers.contains(n)) {
                    found.add(new Anchor(n, new Span(b.start(), b.end())));
                }
            }
            if (glued) {
                for (Pattern p : new Pattern[] {GLUED_TO_YEAR, GLUED_TO_WORD}) {
                    Matcher g = p.matcher(source).region(s.start(), s.end());
                    while (g.find()) {
                        int n = Integer.parseInt(g.group(1));
                        if (numbers.contains(n) && n == next[0]) {
                            found.add(new Anchor(n, new Span(g.start(1), g.end(1))));
                            next[0]++;
                        }
                    }
                }
            }
        }
        found.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return found;
    }
}
