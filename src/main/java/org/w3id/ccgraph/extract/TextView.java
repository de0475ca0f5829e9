package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.structure.Span;

/**
 * The raw text of an element whose segments may be apart in the source (a paragraph interrupted by
 * footnotes), joined with single spaces, with the way back to source offsets and its tokens.
 */
final class TextView {

    private final String text;
    private final int[] sourceOffset;
    private final List<Tokens.Token> tokens;

    private TextView(String text, int[] sourceOffset) {
        this.text = text;
        this.sourceOffset = sourceOffset;
        this.tokens = Tokens.of(text);
    }

    /** The view of the segments of {@code source}. */
    static TextView of(String source, List<Span> segments) {
        StringBuilder sb = new StringBuilder();
        int length = segments.stream().mapToInt(s -> s.end() - s.start() + 1).sum();
        int[] map = new int[Math.max(1, length)];
        for (Span s : segments) {
            if (sb.length() > 0) {
                map[sb.length()] = s.start();
                sb.append(' ');
            }
            for (int i = s.start(); i < s.end(); i++) {
                map[sb.length()] = i;
                sb.append(source.charAt(i));
            }
        }
        return new TextView(sb.toString(), map);
    }

    /** The joined text. */
    String text() {
        return text;
    }

    /** The tokens of the joined text, computed once for every finder that reads this element. */
    List<Tokens.Token> tokens() {
        return tokens;
    }

    /** The source span of the view range [start, end). */
    Span source(int start, int end) {
        if (end <= start) {
            return new Span(sourceOffset[start], sourceOffset[start]);
        }
        return new Span(sourceOffset[start], sourceOffset[end - 1] + 1);
    }
}
