package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.extract.Tokens.Token;

/**
 * Splits a token list into sentences: a full stop, question or exclamation mark ends a sentence when the
 * next word starts with an upper-case letter. Abbreviations such as "bl.a." or "Doc. 1234/20" therefore
 * do not end one.
 */
final class Sentences {

    /** Token index ranges [start, end). */
    record Range(int start, int end) {
    }

    private Sentences() {
    }

    static List<Range> of(List<Token> tokens) {
        List<Range> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            boolean stop = t.equals(".") || t.equals("!") || t.equals("?");
            if (stop && (i + 1 == tokens.size() || startsSentence(tokens.get(i + 1)))) {
                sentences.add(new Range(start, i + 1));
                start = i + 1;
            }
        }
        if (start < tokens.size()) {
            sentences.add(new Range(start, tokens.size()));
        }
        return sentences;
    }

    private static boolean startsSentence(Token next) {
        return next.word() && Character.isUpperCase(next.text().codePointAt(0));
    }
}
