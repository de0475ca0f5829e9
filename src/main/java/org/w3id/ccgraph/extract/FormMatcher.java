package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.w3id.ccgraph.extract.Tokens.Token;

/**
 * Finds lexicon forms in a token list. Forms are indexed by their first token, so the cost grows with the
 * text, not with the size of the lexicon. A gap {@code ...} takes 0 to {@value #MAX_GAP} words and no
 * punctuation, and none of the words the caller forbids.
 */
final class FormMatcher {

    /** Most words a gap takes. */
    static final int MAX_GAP = 12;

    /**
     * A form found in the tokens.
     *
     * @param form  the form
     * @param first index of its first token
     * @param last  index of its last token (inclusive)
     * @param parts the token indexes of its words, gaps excluded
     */
    record Match(Form form, int first, int last, List<Integer> parts) {

        String key() {
            return form.key();
        }

        boolean contains(Match other) {
            return other.first >= first && other.last <= last && (other.first != first || other.last != last);
        }
    }

    private final Map<String, List<Form>> byFirstToken = new HashMap<>();
    private final Predicate<String> gapStop;

    /** A matcher for forms (sorted longest first); {@code gapStop} names the words a gap may not hold. */
    FormMatcher(List<Form> forms, Predicate<String> gapStop) {
        for (Form f : forms) {
            byFirstToken.computeIfAbsent(f.parts().get(0).get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
        }
        this.gapStop = gapStop;
    }

    /** The longest form that starts at token {@code i} and ends before {@code end}, or null. */
    Match longestAt(List<Token> tokens, int i, int end) {
        Match best = null;
        for (Form f : byFirstToken.getOrDefault(tokens.get(i).text().toLowerCase(Locale.ROOT), List.of())) {
            Match m = matchAt(f, tokens, i, end);
            if (m != null && (best == null || f.length() > best.form().length())) {
                best = m;
            }
        }
        return best;
    }

    /** Every form that starts at token {@code i}. */
    List<Match> allAt(List<Token> tokens, int i, int end) {
        List<Match> found = new ArrayList<>();
        for (Form f : byFirstToken.getOrDefault(tokens.get(i).text().toLowerCase(Locale.ROOT), List.of())) {
            Match m = matchAt(f, tokens, i, end);
            if (m != null) {
                found.add(m);
            }
        }
        return found;
    }

    /** Leftmost-longest matches that do not overlap, within tokens [from, to). */
    List<Match> longest(List<Token> tokens, int from, int to) {
        List<Match> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Match m = longestAt(tokens, i, to);
            if (m != null) {
                found.add(m);
                i = m.last();
            }
        }
        return found;
    }

    /** Every match within [from, to), minus those inside a longer match of the same key. */
    List<Match> all(List<Token> tokens, int from, int to) {
        List<Match> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            found.addAll(allAt(tokens, i, to));
        }
        List<Match> kept = new ArrayList<>();
        for (Match m : found) {
            if (found.stream().noneMatch(o -> o.key().equals(m.key()) && o.contains(m))) {
                kept.add(m);
            }
        }
        return kept;
    }

    private Match matchAt(Form f, List<Token> tokens, int i, int end) {
        List<Integer> parts = new ArrayList<>();
        int next = i;
        for (int p = 0; p < f.parts().size(); p++) {
            List<String> part = f.parts().get(p);
            int at = p == 0 ? (matchesPart(f, part, tokens, next, end) ? next : -1) : findAfterGap(f, part, tokens, next, end);
            if (at < 0) {
                return null;
            }
            for (int k = 0; k < part.size(); k++) {
                parts.add(at + k);
            }
            next = at + part.size();
        }
        return new Match(f, i, next - 1, parts);
    }

    private int findAfterGap(Form f, List<String> part, List<Token> tokens, int from, int end) {
        for (int g = 0; g <= MAX_GAP && from + g < end; g++) {
            if (matchesPart(f, part, tokens, from + g, end)) {
                return from + g;
            }
            Token gap = tokens.get(from + g);
            if (!gap.word() || gapStop.test(gap.text())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean matchesPart(Form f, List<String> part, List<Token> tokens, int at, int end) {
        if (at + part.size() > end) {
            return false;
        }
        for (int k = 0; k < part.size(); k++) {
            if (!f.wordMatches(part.get(k), tokens.get(at + k).text())) {
                return false;
            }
        }
        return true;
    }
}
