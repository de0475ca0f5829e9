package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceText;

/**
 * What the header readers of every layout share: where the text proper begins, header values from source
 * ranges, and the kind of text a title names.
 */
final class Headers {


    private Headers() {
    }

    /**
     * The first line from {@code from} that opens the text proper: the speaker formula, a recital opener or a
     * numbered paragraph. Labelled header fields and their continuation lines are skipped. An annex heading
     * met before it is remembered (a cover note before the text in an annex); with no such line, the text
     * starts after the annex heading's title, else the text has no body and an {@link InputException} says so.
     */
    static BodyStart find(SourceText source, Layout layout, LayoutLexicon lexicon, int from) {
        Markers markers = new Markers(lexicon);
        Pattern formula = lexicon.pattern("speaker");
        Pattern annex = lexicon.pattern("annex");
        boolean inField = false;
        int annexLine = 0;
        for (int n = from; n <= source.lineCount(); n++) {
            String line = source.line(n);
            if (line.isBlank()) {
                inField = false;
                continue;
            }
            if (layout.isFurniture(line)) {
                continue;
            }
            if (lexicon.fieldOf(line) != null) {
                inField = true;
                continue;
            }
            if (inField) {
                continue;
            }
            String text = line.strip();
            text = text.substring(openingQuotes(text, 0, text.length()));
            Markers.Read read = markers.read(line, source.lineStart(n));
            boolean opens = formula != null && isFormulaLine(formula, text)
                    || lexicon.openerOf(text) != null && startsWithCapital(text)
                    || read != null && read.marker().style().numeric()
                    || read != null && read.marker().style() == Marker.Style.UPPER_ROMAN;
            if (opens) {
                return new BodyStart(n, source.lineStart(n), annexLine);
            }
            if (annexLine == 0 && annex.matcher(line).matches()) {
                annexLine = n;
            }
        }
        if (annexLine > 0) {
            int n = annexLine + 1;
            while (n <= source.lineCount() && source.line(n).isBlank()) {
                n++;
            }
            while (n <= source.lineCount() && !source.line(n).isBlank()) {
                n++;
            }
            if (n <= source.lineCount()) {
                return new BodyStart(n, source.lineStart(n), annexLine);
            }
        }
        throw new InputException(Title.NO_NUMBERED_PARAGRAPHS, source.location(0), "expected the text proper after the header: numbered "
                + "paragraphs (a line starting with \"1. \"), the speaker formula or recitals; found none in "
                + source.lineCount() + " lines");
    }

    /** Whether the formula at the start of a line is the speaker, not the first words of a title in capitals. */
    static boolean isFormulaLine(Pattern formula, String text) {
        Matcher m = formula.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        int next = m.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next == text.length() || !Character.isUpperCase(text.charAt(next))
                || text.charAt(m.end() - 1) == ',' || text.charAt(m.end() - 1) == ':';
    }

    private static boolean startsWithCapital(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * The title among the lines {@code first} to {@code last} of a header with no labelled fields: the first
     * group of lines (up to a blank line) that names a kind of text ("Council conclusions on ...") and is not a
     * covering sentence ending in a colon ("The Council adopted the following conclusions:"); failing that,
     * all the lines.
     */
    static Field title(SourceText source, int first, int last, Layout layout, LayoutLexicon lexicon) {
        int n = Math.max(1, first);
        int end = Math.min(last, source.lineCount());
        while (n <= end) {
            while (n <= end && (source.line(n).isBlank() || layout.isFurniture(source.line(n)))) {
                n++;
            }
            int from = n;
            while (n <= end && !source.line(n).isBlank()) {
                n++;
            }
            Field group = from <= end ? join(source, from, n - 1, layout) : null;
            if (group != null && kind(lexicon, group, null) != Header.TextKind.OTHER
                    && !group.value().stripTrailing().endsWith(":")) {
                return group;
            }
        }
        return join(source, first, last, layout);
    }

    /** The length of the opening quotation marks a line of a quoted text starts with ("THE COUNCIL ... in a press release). */
    static int openingQuotes(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && "\"“„«‘'".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i - from;
    }

    /** The lines {@code first} to {@code last} as one value, blank and furniture lines left out; null if none. */
    static Field join(SourceText source, int first, int last, Layout layout) {
        List<Span> spans = new ArrayList<>();
        for (int n = Math.max(1, first); n <= Math.min(last, source.lineCount()); n++) {
            String line = source.line(n);
            if (line.isBlank() || layout.isFurniture(line)) {
                continue;
            }
            int lead = line.length() - line.stripLeading().length();
            spans.add(new Span(source.lineStart(n) + lead, source.lineStart(n) + line.stripTrailing().length()));
        }
        return field(source, spans);
    }

    /** A header value from source ranges: cleaned text and the range from first to last; null if empty. */
    static Field field(SourceText source, List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        String value = Markup.clean(source.text(), spans);
        return value.isEmpty() ? null
                : new Field(value, new Span(spans.get(0).start(), spans.get(spans.size() - 1).end()));
    }

    /** The adoption date a title prints ("Council Resolution of 20 December 1996 on ..."), or null. */
    static java.time.LocalDate adopted(LayoutLexicon lexicon, Field title) {
        Pattern adopted = lexicon.pattern("adopted");
        if (title == null || adopted == null) {
            return null;
        }
        Matcher m = adopted.matcher(title.value());
        return m.find() ? lexicon.parseDate(m.group("date")) : null;
    }

    /** The kind of text the title (or, failing that, the subject) names. */
    static Header.TextKind kind(LayoutLexicon lexicon, Field title, Field subject) {
        for (Field f : new Field[] {title, subject}) {
            if (f == null) {
                continue;
            }
            Pattern conclusions = lexicon.pattern("kind.conclusions");
            Pattern resolution = lexicon.pattern("kind.resolution");
            if (resolution != null && resolution.matcher(f.value()).find()) {
                return Header.TextKind.RESOLUTION;
            }
            if (conclusions != null && conclusions.matcher(f.value()).find()) {
                return Header.TextKind.CONCLUSIONS;
            }
        }
        return Header.TextKind.OTHER;
    }
}
