package org.w3id.ccgraph.structure;

import java.util.regex.Pattern;

/**
 * Removes the artefacts of the text export from a piece of text: markdown links {@code [text](#)},
 * backslash escapes {@code \(}, bold markers {@code **}, superscript footnote anchors and runs of white
 * space. The source text itself is never changed; this only makes the literal values clean.
 */
public final class Markup {

    /** A run of superscript digits: a footnote anchor or marker. */
    public static final Pattern SUPERSCRIPT = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");

    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");
    private static final Pattern BOLD_BETWEEN_WORDS = Pattern.compile("(?<=[\\p{L}\\p{N}])\\*\\*+(?=[\\p{L}\\p{N}])");
    private static final Pattern BOLD = Pattern.compile("\\*\\*+");

    private Markup() {
    }

    /** The clean text of a raw piece: no markup, no anchors, single spaces, trimmed. */
    public static String clean(String raw) {
        String s = raw;
        if (s.indexOf('[') >= 0) {
            s = unlink(s);
        }
        if (s.indexOf('\\') >= 0) {
            s = ESCAPE.matcher(s).replaceAll("$1");
        }
        if (s.contains("**")) {
            s = BOLD_BETWEEN_WORDS.matcher(s).replaceAll(" ");
            s = BOLD.matcher(s).replaceAll("");
        }
        return collapse(s);
    }

    /**
     * Replaces every markdown link {@code [text](target)} by its text, where the text holds no {@code ]} and
     * the target no {@code )} and no white space; links are taken left to right without overlapping. One
     * pass: every {@code [} before a {@code ]} shares that {@code ]}, so a position that fails is never
     * tried again, and the time is linear in the length even for a long run of {@code [}.
     */
    private static String unlink(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        int from = 0;
        int stop = -1;
        while (true) {
            int open = s.indexOf('[', from);
            int close = open < 0 ? -1 : s.indexOf(']', open + 1);
            if (close < 0 || close + 1 >= s.length()) {
                break;
            }
            if (close + 2 > stop) {
                stop = targetStop(s, close + 2);
            }
            if (s.charAt(close + 1) != '(' || stop >= s.length() || s.charAt(stop) != ')') {
                from = close + 1;
                continue;
            }
            out.append(s, copied, open).append(s, open + 1, close);
            copied = stop + 1;
            from = stop + 1;
        }
        return copied == 0 ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The index of the first {@code )} or white space (as the regular expression {@code \\s} has it) at or
     * after {@code from}, or the length of {@code s}: where a link target starting at {@code from} stops.
     */
    private static int targetStop(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ')' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return i;
            }
        }
        return s.length();
    }

    /** The clean text of several ranges of a source, read as one piece with a space between them. */
    static String clean(String source, java.util.List<Span> ranges) {
        StringBuilder raw = new StringBuilder();
        for (Span s : ranges) {
            raw.append(s.of(source)).append(' ');
        }
        return clean(raw.toString());
    }

    /** Drops superscript digits, folds runs of white space into one space and trims. */
    private static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSuperscript(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isSuperscript(char c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c == '\u2070' || (c >= '\u2074' && c <= '\u2079');
    }

    /** The number a run of superscript digits spells. */
    static int superscriptValue(CharSequence digits) {
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + superscriptDigit(digits.charAt(i));
        }
        return value;
    }

    private static int superscriptDigit(char c) {
        switch (c) {
            case '\u00B9': return 1;
            case '\u00B2': return 2;
            case '\u00B3': return 3;
            case '\u2070': return 0;
            default: return c - '\u2070';
        }
    }
}
