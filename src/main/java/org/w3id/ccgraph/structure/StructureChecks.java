package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.document.SourceText;

/**
 * Checks a parsed body for what a reader would notice: paragraph and sub-point numbers that skip or
 * repeat, anchors without footnote text, footnotes that nothing anchors. Each finding has a stable title
 * (see the README's error catalogue) and the line and column where it stands.
 */
final class StructureChecks {

    static final String NUMBERING_GAP = "NUMBERING GAP";
    static final String NUMBERING_REPEAT = "NUMBERING REPEAT";
    static final String ANCHOR_WITHOUT_FOOTNOTE = "ANCHOR WITHOUT FOOTNOTE";
    static final String FOOTNOTE_NEVER_ANCHORED = "FOOTNOTE NEVER ANCHORED";
    static final String FOOTNOTE_ANCHORED_TWICE = "FOOTNOTE ANCHORED TWICE";

    private final SourceText source;
    private final List<Diagnostic> found = new ArrayList<>();

    StructureChecks(SourceText source) {
        this.source = source;
    }

    /** All findings for these subdivisions and footnotes, in source order per check. */
    List<Diagnostic> check(List<Subdivision> subdivisions, List<Footnote> footnotes) {
        numbering(subdivisions);
        footnoteNumbering(footnotes);
        anchors(subdivisions, footnotes);
        return List.copyOf(found);
    }

    private void numbering(List<Subdivision> subdivisions) {
        Set<String> seen = new HashSet<>();
        int expectedParagraph = 1;
        char expectedLetter = 'a';
        for (Subdivision s : subdivisions) {
            int at = s.marker().start();
            if (!seen.add(s.number())) {
                report(Severity.ERROR, NUMBERING_REPEAT, at, "number " + s.number() + " was used before; expected each "
                        + (s.parent() == null ? "paragraph" : "sub-point") + " number once");
                continue;
            }
            if (s.parent() == null) {
                int n = Integer.parseInt(s.label());
                if (n != expectedParagraph) {
                    report(Severity.WARNING, NUMBERING_GAP, at,
                            "expected paragraph " + expectedParagraph + ", found " + n);
                }
                expectedParagraph = n + 1;
                expectedLetter = 'a';
            } else {
                char letter = s.label().charAt(0);
                if (letter != expectedLetter) {
                    report(Severity.WARNING, NUMBERING_GAP, at, "expected sub-point " + s.parent() + expectedLetter
                            + ", found " + s.number());
                }
                expectedLetter = (char) (letter + 1);
            }
        }
    }

    private void footnoteNumbering(List<Footnote> footnotes) {
        Map<Integer, Footnote> byNumber = new java.util.TreeMap<>();
        for (Footnote f : footnotes) {
            if (byNumber.putIfAbsent(f.number(), f) != null) {
                report(Severity.ERROR, NUMBERING_REPEAT, f.marker().start(),
                        "footnote " + f.number() + " was given before; expected each footnote number once");
            }
        }
        int expected = 1;
        for (Footnote f : byNumber.values()) {
            if (f.number() != expected) {
                report(Severity.WARNING, NUMBERING_GAP, f.marker().start(), "expected footnote " + expected
                        + (f.number() - expected > 1 ? " to " + (f.number() - 1) : "") + ", found " + f.number());
            }
            expected = f.number() + 1;
        }
    }

    private void anchors(List<Subdivision> subdivisions, List<Footnote> footnotes) {
        Set<Integer> texts = new HashSet<>();
        footnotes.forEach(f -> texts.add(f.number()));
        Map<Integer, Anchor> firstAnchor = new HashMap<>();
        for (Subdivision s : subdivisions) {
            for (Anchor a : s.anchors()) {
                if (firstAnchor.putIfAbsent(a.number(), a) != null) {
                    report(Severity.WARNING, FOOTNOTE_ANCHORED_TWICE, a.span().start(),
                            "footnote " + a.number() + " is anchored again; expected one anchor per footnote");
                }
                if (!texts.contains(a.number())) {
                    report(Severity.WARNING, ANCHOR_WITHOUT_FOOTNOTE, a.span().start(),
                            "anchor " + a.number() + " has no footnote text; expected a line starting with its "
                                    + "superscript number");
                }
            }
        }
        for (Footnote f : footnotes) {
            if (f.anchoredIn() == null) {
                report(Severity.WARNING, FOOTNOTE_NEVER_ANCHORED, f.marker().start(),
                        "footnote " + f.number() + " is anchored nowhere; expected its superscript number in a "
                                + "paragraph or sub-point");
            }
        }
    }

    private void report(Severity severity, String title, int offset, String message) {
        found.add(new Diagnostic(severity, title, source.location(offset), message));
    }
}
