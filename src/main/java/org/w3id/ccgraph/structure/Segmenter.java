package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;

/**
 * Cuts the body of a text into units. In a layout of lines, a unit is a line (page furniture left out, a
 * marker standing alone joined to the line after it). In a glued layout, where the body runs on few lines,
 * a unit starts at a marker, a recital opener, the speaker formula, a heading in capitals ending with a
 * colon or an annex heading, wherever punctuation shows that a new element begins there.
 */
final class Segmenter {

    /** A marker that may open an element inside a glued line. */
    private static final Pattern GLUED_MARKER = Pattern.compile(
            "\\(\\d{1,3}\\)|(?<!\\d)\\d{1,3}\\.(?=\\s*[\\p{L}\"“‘'])|\\((?:[a-z]{1,2}|[ivx]{1,5}|[A-Z])\\)|[a-z]\\)"
                    + "|[ivx]{1,5}\\)|[A-Z]\\.(?=\\s+\\p{L})|[IVX]{1,5}\\.(?=\\s+\\p{Lu})|[-\u2013\u2014\u2022](?=\\s+\\p{L})");
    /** A bracketed letter or numeral, which is never a footnote anchor: it may open a point after a plain word. */
    private static final Pattern LETTER_SIGN = Pattern.compile("\\((?:[a-z]{1,2}|[ivx]{1,5})\\)(?=\\s+\\p{L})");
    /** "1." after a plain word, before a capital: the first item of a list under a heading run into the text. */
    private static final Pattern FIRST_ITEM = Pattern.compile("(?<=[\\p{L}\\d]\\s{1,3})1\\.(?=\\s+\\p{Lu})");
    /**
     * A heading in capitals that ends with a colon, perhaps after a few words in lower case ("RESOLVES:",
     * "INVITES THE COMMISSION:", "HAS THEREFORE AGREED on the following:").
     */
    private static final Pattern CAPITAL_HEADING = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}{3,}(?:\\s+(?:\\p{Lu}{2,}|\\p{Lu}))*(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,6}\\s*:");
    private static final String OPENS_AFTER = ";:.,!?";

    private final SourceText source;
    private final Layout layout;
    private final LayoutLexicon lexicon;
    private final Markers markers;

    Segmenter(SourceText source, Layout layout, LayoutLexicon lexicon) {
        this.source = source;
        this.layout = layout;
        this.lexicon = lexicon;
        this.markers = new Markers(lexicon);
    }

    /** The units of the source from offset {@code from} to the end. */
    List<Unit> units(int from) {
        return layout.glued() ? glued(from) : lines(from);
    }

    /** A unit per line from the line holding {@code from}; furniture and blank lines are breaks. */
    private List<Unit> lines(int from) {
        List<Unit> units = new ArrayList<>();
        boolean pendingBreak = false;
        for (int n = source.lineOf(from); n <= source.lineCount(); n++) {
            int start = Math.max(source.lineStart(n), from);
            String text = source.text().substring(start, source.lineEnd(n));
            if (text.isBlank() || layout.isFurniture(text)) {
                pendingBreak = true;
                continue;
            }
            Unit unit = unit(n, start, text, pendingBreak);
            Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
            if (last != null && last.marker() != null && last.empty() && unit.marker() == null) {
                units.set(units.size() - 1, last.join(unit));
            } else {
                units.add(unit);
            }
            pendingBreak = false;
        }
        return units;
    }

    private Unit unit(int line, int start, String text, boolean afterBreak) {
        int end = start + text.stripTrailing().length();
        Markers.Read read = markers.read(text, start);
        if (read == null) {
            int lead = text.length() - text.stripLeading().length();
            return new Unit(line, null, List.of(new Span(Math.min(start + lead, end), end)), afterBreak);
        }
        int content = Math.min(start + read.contentStart(), end);
        return new Unit(line, read.marker(), content < end ? List.of(new Span(content, end)) : List.of(), afterBreak);
    }

    /** Units split out of the glued body from {@code from}. */
    private List<Unit> glued(int from) {
        String text = source.text();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        for (int n = source.lineOf(from); n <= source.lineCount(); n++) {
            int start = Math.max(source.lineStart(n), from);
            if (!source.text().substring(start, source.lineEnd(n)).isBlank()) {
                cuts.add(start);
            }
        }
        cutAt(GLUED_MARKER, from, cuts, true);
        cutAfterWord(LETTER_SIGN, from, cuts);
        cutAlways(FIRST_ITEM, from, cuts);
        cutAt(CAPITAL_HEADING, from, cuts, false);
        cutAtFormula(from, cuts);
        cutAtAnnex(from, cuts);
        cutAtOpeners(from, cuts);
        List<Unit> units = new ArrayList<>();
        Integer[] at = cuts.toArray(new Integer[0]);
        int lastNumber = 0;
        for (int i = 0; i < at.length; i++) {
            int start = at[i];
            int end = i + 1 < at.length ? at[i + 1] : text.length();
            while (true) {
                String piece = text.substring(start, end);
                if (piece.isBlank()) {
                    break;
                }
                Unit u = unit(source.lineOf(start), start, piece.replace('\n', ' '), false);
                if (u.marker() != null && u.marker().style() == Marker.Style.NUMBER) {
                    lastNumber = u.marker().value();
                }
                int next = nextNumber(text, u.segments().isEmpty() ? end : u.segments().get(0).start(), end, lastNumber + 1);
                if (next < 0) {
                    units.add(u);
                    break;
                }
                units.add(unit(source.lineOf(start), start, text.substring(start, next).replace('\n', ' '), false));
                start = next;
            }
        }
        return units;
    }

    /**
     * Where the number that follows on in the list ("17." after "16.") stands in [from, to) though nothing
     * cut there (it follows a heading run into the text: "... objectives;Enlargement17. WELCOMES"); -1 if not.
     */
    private static int nextNumber(String text, int from, int to, int number) {
        Matcher m = Pattern.compile("(?<![\\d.,/])" + number + "\\.(?=\\s*[\"“‘'\\p{Lu}])").matcher(text).region(from, to);
        while (m.find()) {
            if (m.start() > from && !afterAbbreviation(text, previousNonSpace(text, m.start()))) {
                return m.start();
            }
        }
        return -1;
    }

    /** Cuts before each match of {@code p} that follows punctuation (or, for a dash, is glued to a word). */
    private void cutAt(Pattern p, int from, TreeSet<Integer> cuts, boolean marker) {
        String text = source.text();
        Matcher m = p.matcher(text).region(from, text.length());
        while (m.find()) {
            int at = m.start();
            char first = text.charAt(at);
            boolean dash = marker && "-\u2013\u2014\u2022".indexOf(first) >= 0;
            if (!marker && afterSign(text, at)) {
                continue;
            }
            if (dash ? dashOpens(text, at) : opensAfterPunctuation(text, at, from)) {
                cuts.add(at);
                if (!marker) {
                    cuts.add(skipSpace(text, m.end()));
                }
            }
        }
    }

    /**
     * Cuts before a bracketed letter that follows a word other than a cross-reference ("point (a)") or a
     * number ("3(a)"): "... in the civic life(a) encourage", "policy (i) The Council".
     */
    private void cutAfterWord(Pattern p, int from, TreeSet<Integer> cuts) {
        String text = source.text();
        Matcher m = p.matcher(text).region(from, text.length());
        while (m.find()) {
            int q = m.start() - 1;
            while (q >= from && text.charAt(q) == ' ') {
                q--;
            }
            int end = q + 1;
            while (q >= from && Character.isLetter(text.charAt(q))) {
                q--;
            }
            String word = text.substring(q + 1, end).toLowerCase(java.util.Locale.ROOT);
            boolean number = end > from && Character.isDigit(text.charAt(end - 1));
            if (!word.isEmpty() && !number && !lexicon.references().contains(word)) {
                cuts.add(m.start());
            }
        }
    }

    /** Cuts before every match of {@code p}. */
    private void cutAlways(Pattern p, int from, TreeSet<Integer> cuts) {
        Matcher m = p.matcher(source.text()).region(from, source.text().length());
        while (m.find()) {
            cuts.add(m.start());
        }
    }

    /** Whether a number sign ("11.") stands right before {@code at}: a heading there is the item's own text. */
    private static boolean afterSign(String text, int at) {
        int p = previousNonSpace(text, at);
        return p > 0 && text.charAt(p) == '.' && Character.isDigit(text.charAt(p - 1));
    }

    /** A dash opens an indent when glued to the word before it or after a colon or semicolon. */
    private static boolean dashOpens(String text, int at) {
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        if (!Character.isWhitespace(before)) {
            return before != '-' && !Character.isDigit(before);
        }
        int p = previousNonSpace(text, at);
        return p >= 0 && ";:".indexOf(text.charAt(p)) >= 0;
    }

    private static boolean opensAfterPunctuation(String text, int at, int from) {
        int p = previousNonSpace(text, at);
        if (p < from) {
            return true;
        }
        if (OPENS_AFTER.indexOf(text.charAt(p)) < 0) {
            return false;
        }
        return text.charAt(p) != '.' || !afterAbbreviation(text, p);
    }

    /** Whether the full stop at {@code dot} ends an abbreviation such as "p.", "pp." or "No.". */
    private static boolean afterAbbreviation(String text, int dot) {
        int q = dot - 1;
        while (q >= 0 && Character.isLetter(text.charAt(q))) {
            q--;
        }
        String word = text.substring(q + 1, dot);
        boolean alone = q < 0 || !Character.isLetterOrDigit(text.charAt(q));
        return alone && (word.length() >= 1 && word.length() <= 2 && word.equals(word.toLowerCase(java.util.Locale.ROOT))
                || word.equals("No") || word.equals("Nr"));
    }

    private static int previousNonSpace(String text, int at) {
        int p = at - 1;
        while (p >= 0 && Character.isWhitespace(text.charAt(p))) {
            p--;
        }
        return p;
    }

    private static int skipSpace(String text, int at) {
        int p = at;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The speaker formula is a unit of its own. */
    private void cutAtFormula(int from, TreeSet<Integer> cuts) {
        Pattern formula = lexicon.pattern("speaker");
        if (formula == null) {
            return;
        }
        Matcher m = formula.matcher(source.text()).region(from, source.text().length());
        if (m.find()) {
            cuts.add(m.start());
            cuts.add(skipSpace(source.text(), m.end()));
            cuts.subSet(m.start() + 1, m.end()).clear();
        }
    }

    /** An annex heading after the end of a sentence. */
    private void cutAtAnnex(int from, TreeSet<Integer> cuts) {
        Pattern annex = lexicon.pattern("annex-inline");
        String text = source.text();
        Matcher m = annex.matcher(text).region(from, text.length());
        while (m.find()) {
            int p = previousNonSpace(text, m.start());
            boolean capitals = m.group().chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean free = m.end() >= text.length() || !Character.isLowerCase(text.charAt(m.end()));
            if (p >= from && ".;:)".indexOf(text.charAt(p)) >= 0 && (capitals || free && m.group("number") != null)) {
                cuts.add(m.start());
            }
        }
    }

    /** A recital opener after a comma or semicolon, written with a capital or of several words. */
    private void cutAtOpeners(int from, TreeSet<Integer> cuts) {
        String text = source.text();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (",;:".indexOf(c) < 0) {
                continue;
            }
            int at = skipSpace(text, i + 1);
            if (at >= text.length() || !Character.isLetter(text.charAt(at))) {
                continue;
            }
            LayoutLexicon.Opener o = lexicon.openerOf(text.substring(at, Math.min(text.length(), at + 80)));
            if (o != null && (Character.isUpperCase(text.charAt(at)) || lexicon.lowerCaseOpeners())) {
                cuts.add(at);
            }
        }
    }
}
