package org.w3id.ccgraph.document;

import java.util.Arrays;
import org.w3id.ccgraph.Location;

/**
 * The normalised text of one source document (NFC, {@code \n} line ends, no BOM) and its name.
 * Offsets are Java {@code char} indexes; {@link #codePointOffset(int)} converts them to the Unicode
 * code point positions that published selectors use.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final String sha256;
    private final int[] lineStarts;
    /** For each char offset, its code point offset; null when the text has no surrogate pairs (they are equal). */
    private final int[] codePoints;

    /**
     * @param name   the file name used in messages
     * @param text   the normalised text
     * @param sha256 the SHA-256 of the bytes as read, lower-case hex
     */
    public SourceText(String name, String text, String sha256) {
        this.name = name;
        this.text = text;
        this.sha256 = sha256;
        this.lineStarts = lineStarts(text);
        this.codePoints = codePoints(text);
    }

    private static int[] codePoints(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return null;
        }
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        map[text.length()] = cp;
        return map;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The name used in messages (usually the file name). */
    public String name() {
        return name;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** SHA-256 of the input bytes, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** Number of lines, as an editor counts them (a final line end opens no new line). */
    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the last character of a 1-based line, before its {@code \n}. */
    public int lineEnd(int line) {
        if (line < lineStarts.length) {
            return lineStarts[line] - 1;
        }
        return text.endsWith("\n") ? text.length() - 1 : text.length();
    }

    /** The text of a 1-based line without its line end. */
    public String line(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** The 1-based line that holds an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The place of an offset as file, 1-based line and 1-based column (in code points). */
    public Location location(int offset) {
        int line = lineOf(offset);
        int start = lineStarts[line - 1];
        return new Location(name, line, codePointOffset(offset) - codePointOffset(start) + 1);
    }

    /** The code point position of a {@code char} offset, as Web Annotation selectors count. */
    public int codePointOffset(int offset) {
        return codePoints == null ? offset : codePoints[offset];
    }
}
