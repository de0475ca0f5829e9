package org.w3id.ccgraph.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.structure.Marker.Style;

/**
 * Reads the sign that opens a unit of text: "5.", "(5)", "A.", "(a)", "a)", "- a.", "(iii)", "II.", "—", a
 * superscript footnote number or a plain number. The sign may stand alone (its text on the next line) or be
 * followed by the text. Dates such as "8. oktober 2019" are not signs.
 */
final class Markers {

    private static final String LOWER_ROMAN = "(?:x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})";
    private static final String UPPER_ROMAN = "(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})";
    /** After a sign: white space, the end, or (glued text) the start of a word. */
    private static final String AFTER = "(?:\\s+|$|(?=[\\p{Lu}\"“‘'(]))";

    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\." + AFTER);
    private static final Pattern PAREN_NUMBER = Pattern.compile("^\\s*(?:\\((\\d{1,3})\\)|(\\d{1,3})\\))" + AFTER);
    private static final Pattern LETTER = Pattern.compile(
            "^\\s*(?:[-\u2013\u2014\u2022*]\\s*)?(?:\\(([a-z]{1,2})\\)|([a-z])[.)])" + AFTER);
    private static final Pattern ROMAN = Pattern.compile(
            "^\\s*(?:\\((" + LOWER_ROMAN + ")\\)|(" + LOWER_ROMAN + ")[.)])" + AFTER);
    private static final Pattern UPPER = Pattern.compile("^\\s*(?:\\(([A-Z])\\)|([A-Z])\\.)" + AFTER);
    private static final Pattern UPPER_ROMAN_SIGN = Pattern.compile(
            "^\\s*(?:\\((" + UPPER_ROMAN + ")\\)|(" + UPPER_ROMAN + ")\\.)" + AFTER);
    private static final Pattern DASH = Pattern.compile("^\\s*([\u2014\u2013\u2022\u25aa\u00b7]|-(?!-)|\\*(?!\\*))(?:\\s+|$)");
    private static final Pattern SUPERSCRIPT = Pattern.compile("^\\s*(" + Markup.SUPERSCRIPT.pattern() + ")(?:\\s+|$)");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^\\s*(\\d{1,2})\\s+(?=\\S)");

    private final LayoutLexicon lexicon;

    Markers(LayoutLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The sign at the start of {@code text}, which begins at source offset {@code offset}, and where the
     * content after it starts (relative to {@code text}); null when there is none.
     */
    Read read(String text, int offset) {
        Read r = match(NUMBER, Style.NUMBER, text, offset);
        if (r != null && !isDate(text)) {
            return r;
        }
        for (Object[] candidate : new Object[][] {
                {PAREN_NUMBER, Style.PAREN_NUMBER}, {ROMAN, Style.ROMAN}, {LETTER, Style.LETTER},
                {UPPER_ROMAN_SIGN, Style.UPPER_ROMAN}, {UPPER, Style.UPPER_LETTER}, {SUPERSCRIPT, Style.SUPERSCRIPT},
                {DASH, Style.DASH}, {PLAIN_NUMBER, Style.PLAIN_NUMBER}}) {
            r = match((Pattern) candidate[0], (Style) candidate[1], text, offset);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** A sign and the offset (in the text given) where the content after it begins. */
    record Read(Marker marker, int contentStart) {
    }

    private static Read match(Pattern pattern, Style style, String text, int offset) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : m.groupCount() >= 2 && m.group(2) != null ? 2 : 1;
        String label = m.group(g);
        Span span = new Span(offset + m.start(g), offset + m.end(g));
        Marker marker = switch (style) {
            case DASH -> new Marker(style, null, 0, span);
            case SUPERSCRIPT -> new Marker(style, label, Markup.superscriptValue(label), span);
            case NUMBER, PAREN_NUMBER, PLAIN_NUMBER -> new Marker(style, label, Integer.parseInt(label), span);
            case LETTER, UPPER_LETTER -> new Marker(style, label, letterValue(label), span);
            default -> new Marker(style, label, Roman.value(label), span);
        };
        return new Read(marker, m.end());
    }

    /** "a" is 1, "z" is 26, "aa" is 27. */
    private static int letterValue(String label) {
        int first = Character.toLowerCase(label.charAt(0)) - 'a' + 1;
        return label.length() == 1 ? first : 26 + first;
    }

    private boolean isDate(String text) {
        Matcher m = lexicon.date().matcher(text);
        int start = text.length() - text.stripLeading().length();
        m.region(start, text.length());
        return m.lookingAt() && lexicon.parseDate(m.group()) != null;
    }
}
