package org.w3id.ccgraph.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;

/**
 * One source line classified by the structure it opens: a numbered paragraph, a lettered sub-point, a
 * footnote, plain text or nothing (blank).
 *
 * @param number  1-based line number
 * @param kind    what the line opens
 * @param label   the paragraph number, sub-point letter or footnote number as printed; null for text
 * @param marker  where the label (with its punctuation) stands; null for text and blank lines
 * @param content where the content after the label stands, right-trimmed
 */
record Line(int number, Kind kind, String label, Span marker, Span content) {

    /** What a line opens. */
    enum Kind { BLANK, PARAGRAPH, SUBPOINT, FOOTNOTE, TEXT }

    private static final Pattern PARAGRAPH = Pattern.compile("^\\s*(\\d{1,3})\\.\\s+(?=\\S)");
    private static final Pattern SUBPOINT =
            Pattern.compile("^\\s*(?:[-\u2013\u2022*]\\s*)?\\(?([a-z])[.)]\\s+(?=\\S)");
    private static final Pattern FOOTNOTE =
            Pattern.compile("^\\s*([\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+)\\s+(?=\\S)");

    /** Classifies line {@code n} of the source. */
    static Line classify(SourceText source, int n) {
        String text = source.line(n);
        int start = source.lineStart(n);
        if (text.isBlank()) {
            return new Line(n, Kind.BLANK, null, null, null);
        }
        int end = start + text.stripTrailing().length();
        for (Kind kind : new Kind[] {Kind.PARAGRAPH, Kind.SUBPOINT, Kind.FOOTNOTE}) {
            Matcher m = pattern(kind).matcher(text);
            if (m.find()) {
                Span marker = new Span(start + m.start(1), start + m.end(1));
                return new Line(n, kind, m.group(1), marker, new Span(start + m.end(), end));
            }
        }
        int lead = text.length() - text.stripLeading().length();
        return new Line(n, Kind.TEXT, null, null, new Span(start + lead, end));
    }

    private static Pattern pattern(Kind kind) {
        switch (kind) {
            case PARAGRAPH: return PARAGRAPH;
            case SUBPOINT: return SUBPOINT;
            default: return FOOTNOTE;
        }
    }
}
