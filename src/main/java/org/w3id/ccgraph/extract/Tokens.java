package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens: words (letters, digits, hyphens and apostrophes, so "EU's" and "non-governmental"
 * are one word each) and single punctuation marks. Superscript digits (footnote anchors) and markup
 * characters are skipped. Each token keeps its offsets in the text it came from.
 */
final class Tokens {

    /** One token. */
    record Token(String text, int start, int end, boolean word) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "\\.\\.\\.|[\\p{L}\\p{Nd}](?:[\\p{L}\\p{Nd}'\u2019-]*[\\p{L}\\p{Nd}])?(?:'s|\u2019s|'|\u2019)?|[.,;:!?()\u2013]");

    /** Markdown link syntax around link text, "[" and "](target)", which is markup, not text. */
    private static final Pattern LINK_MARKUP = Pattern.compile("\\[|\\]\\([^)\\s]*\\)");

    private Tokens() {
    }

    /** The tokens of a text. */
    static List<Token> of(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(masked(text));
        while (m.find()) {
            String t = m.group();
            tokens.add(new Token(t, m.start(), m.end(), Character.isLetterOrDigit(t.codePointAt(0))));
        }
        return tokens;
    }

    /** The text with link markup blanked out, so that offsets stay as they are. */
    private static String masked(CharSequence text) {
        StringBuilder sb = new StringBuilder(text);
        Matcher m = LINK_MARKUP.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The token texts of a lexicon form, "..." included. */
    static List<String> texts(String form) {
        List<String> texts = new ArrayList<>();
        for (Token t : of(form)) {
            texts.add(t.text());
        }
        return texts;
    }
}
