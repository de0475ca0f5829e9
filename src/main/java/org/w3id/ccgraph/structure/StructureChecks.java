package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceText;

/**
 * Checks a parsed text for what a reader would notice: numbers that skip or repeat inside one list (lists
 * that restart in a new block or annex are normal), anchors without footnote text, footnotes that nothing
 * anchors. Each finding has a stable title (see the README's error catalogue) and the line and column where
 * it stands.
 */
final class StructureChecks {


    private final SourceText source;
    private final List<Diagnostic> found = new ArrayList<>();

    StructureChecks(SourceText source) {
        this.source = source;
    }

    /** All findings, in source order per check. */
    List<Diagnostic> check(Elements elements, List<Subdivision> subdivisions, List<Footnote> footnotes) {
        numbering(elements.numbered(), elements.repeats());
        footnoteNumbering(footnotes);
        anchors(subdivisions, footnotes);
        return List.copyOf(found);
    }

    private void numbering(List<Elements.Numbered> numbered, List<Elements.Numbered> repeats) {
        Set<Marker> again = new HashSet<>();
        for (Elements.Numbered r : repeats) {
            again.add(r.marker());
            report(Severity.WARNING, Title.NUMBERING_REPEAT, r.marker().span().start(), "number " + r.marker().label()
                    + " does not follow on after " + Paths.readable(r.path()) + "; expected a higher number in the same "
                    + "list (the item is given a list of its own)");
        }
        Map<String, Integer> last = new HashMap<>();
        Map<String, Integer> lastTop = new HashMap<>();
        for (Elements.Numbered n : numbered) {
            Integer before = last.put(n.list(), n.marker().value());
            int expected = before == null ? 1 : before + 1;
            String style = n.marker().style().name();
            if (isTopLevel(n.list())) {
                Integer top = lastTop.put(style, n.marker().value());
                if (before == null && top != null && n.marker().value() == top + 1) {
                    expected = top + 1;
                }
            }
            if (before != null && n.marker().value() <= before || again.contains(n.marker())) {
                continue;
            }
            if (n.marker().value() != expected) {
                report(Severity.WARNING, Title.NUMBERING_GAP, n.marker().span().start(), "expected " + label(n, expected)
                        + ", found " + n.marker().label() + " (" + Paths.readable(n.path()) + ")");
            }
        }
    }

    /** Whether a list is the main text's own (or a block's in it): numbering may run on across blocks. */
    private static boolean isTopLevel(String list) {
        String base = list.substring(0, list.indexOf('|'));
        return base.equals("null") || base.matches("block/\\d+");
    }

    private static String label(Elements.Numbered n, int expected) {
        return switch (n.marker().style()) {
            case LETTER -> "(" + (char) ('a' + expected - 1) + ")";
            case UPPER_LETTER -> (char) ('A' + expected - 1) + ".";
            default -> Integer.toString(expected);
        };
    }

    private void footnoteNumbering(List<Footnote> footnotes) {
        Map<String, Map<Integer, Footnote>> byPart = new LinkedHashMap<>();
        for (Footnote f : footnotes) {
            if (byPart.computeIfAbsent(f.part(), k -> new TreeMap<>()).putIfAbsent(f.number(), f) != null) {
                report(Severity.ERROR, Title.NUMBERING_REPEAT, f.marker().start(),
                        "footnote " + f.number() + " was given before; expected each footnote number once");
            }
        }
        for (Map<Integer, Footnote> part : byPart.values()) {
            int expected = 1;
            for (Footnote f : part.values()) {
                if (f.number() != expected) {
                    report(Severity.WARNING, Title.NUMBERING_GAP, f.marker().start(), "expected footnote " + expected
                            + (f.number() - expected > 1 ? " to " + (f.number() - 1) : "") + ", found " + f.number());
                }
                expected = f.number() + 1;
            }
        }
    }

    private void anchors(List<Subdivision> subdivisions, List<Footnote> footnotes) {
        Set<String> texts = new HashSet<>();
        footnotes.forEach(f -> texts.add(f.part() + "#" + f.number()));
        Map<String, Anchor> firstAnchor = new HashMap<>();
        for (Subdivision s : subdivisions) {
            for (Anchor a : s.anchors()) {
                String key = s.part() + "#" + a.number();
                if (firstAnchor.putIfAbsent(key, a) != null) {
                    report(Severity.WARNING, Title.FOOTNOTE_ANCHORED_TWICE, a.span().start(),
                            "footnote " + a.number() + " is anchored again; expected one anchor per footnote");
                }
                if (!texts.contains(key)) {
                    report(Severity.WARNING, Title.ANCHOR_WITHOUT_FOOTNOTE, a.span().start(), "anchor " + a.number()
                            + " has no footnote text; expected a footnote line with its number");
                }
            }
        }
        for (Footnote f : footnotes) {
            if (f.anchoredIn() == null) {
                report(Severity.WARNING, Title.FOOTNOTE_NEVER_ANCHORED, f.marker().start(), "footnote " + f.number()
                        + " is anchored nowhere; expected its number in the text of an element");
            }
        }
    }

    private void report(Severity severity, Title title, int offset, String message) {
        found.add(new Diagnostic(severity, title, source.location(offset), message));
    }
}
