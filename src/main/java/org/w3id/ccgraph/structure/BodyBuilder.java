package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.structure.Marker.Style;
import org.w3id.ccgraph.structure.Subdivision.Kind;

/**
 * Builds the elements of a text from its units, in one pass per part (the main text, then each annex).
 * In the preamble, after the speaker formula, units that open with a recital word ("Having regard to",
 * "RECALLING") are recitals, and a heading made of such a word alone ("Whereas:", "RECALLING") governs the
 * recitals under it. The first other unit ends the preamble. In the operative part, a heading in capitals
 * ("INVITES THE COMMISSION to", "RESOLVES:") opens a block whose numbering starts afresh; signed units are
 * paragraphs and points at any depth ({@link ListLevels}); unsigned units continue the element before them or,
 * where lines are paragraphs and nothing signed is open, are paragraphs of their own.
 */
final class BodyBuilder {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** The longest heading, in words. */
    private static final int HEADING_WORDS = 14;

    private final SourceText source;
    private final Layout layout;
    private final LayoutLexicon lexicon;
    private final Elements out;

    private boolean preamble = true;
    private String container = "";
    private final ListLevels levels = new ListLevels();
    private Elements.Element current;
    private Elements.Note note;
    private Span recitalHeading;
    private boolean annexTitle;
    private int annexes;
    private Field speaker;

    BodyBuilder(SourceText source, Layout layout, LayoutLexicon lexicon) {
        this.source = source;
        this.layout = layout;
        this.lexicon = lexicon;
        this.out = new Elements(source, layout);
    }

    /** The elements and footnotes of the units. */
    Elements build(List<Unit> units) {
        List<Integer> parts = partStarts(units);
        for (int p = 0; p < parts.size(); p++) {
            int from = parts.get(p);
            int to = p + 1 < parts.size() ? parts.get(p + 1) : units.size();
            Set<Integer> closing = Footnotes.closingRun(units, from, to, source.text());
            for (int i = from; i < to; i++) {
                Unit u = units.get(i);
                if (p > 0 && i == from) {
                    annex(u);
                } else if (closing.contains(i) && u.marker() != null || isFootnote(u)) {
                    note = out.note(container.startsWith("annex/") ? Paths.part(container) : "", u);
                } else if (note != null && u.marker() == null && continuesNote(u, closing.contains(i))) {
                    note.add(u.segments());
                } else {
                    note = null;
                    unit(u.marker() != null && u.marker().style() == Style.PLAIN_NUMBER ? u.unmarked() : u);
                }
            }
        }
        out.speaker(speaker);
        return out;
    }

    /** The index of the first unit and of every annex heading after the text has begun. */
    private List<Integer> partStarts(List<Unit> units) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Pattern annex = lexicon.pattern("annex");
        Pattern inline = lexicon.pattern("annex-inline");
        for (int i = 1; i < units.size(); i++) {
            Unit u = units.get(i);
            String text = u.marker() == null ? u.text(source.text()) : "";
            if (annex.matcher(text).matches() || layout.glued() && isCapitalOrNumbered(text, inline)) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static boolean isCapitalOrNumbered(String text, Pattern inline) {
        Matcher m = inline.matcher(text);
        return m.lookingAt() && (m.group().chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || m.group("number") != null);
    }

    private boolean isFootnote(Unit u) {
        Marker m = u.marker();
        if (m == null) {
            return false;
        }
        if (m.style() == Style.SUPERSCRIPT) {
            return true;
        }
        if (m.style() == Style.PLAIN_NUMBER && layout.plainNumberFootnotes()) {
            String part = container.startsWith("annex/") ? Paths.part(container) : "";
            return m.value() == out.nextNote(part) && out.anchorBefore(part, m.value());
        }
        return false;
    }

    private boolean continuesNote(Unit u, boolean inClosingRun) {
        if (inClosingRun) {
            return true;
        }
        if (u.afterBreak()) {
            return false;
        }
        return !layout.plainNumberFootnotes() || !note.endsSentence();
    }

    private void annex(Unit u) {
        annexes++;
        note = null;
        Matcher m = lexicon.pattern("annex-inline").matcher(u.text(source.text()));
        String number = m.lookingAt() ? m.group("number") : null;
        container = "annex/" + annexes + "/";
        levels.clear();
        preamble = false;
        recitalHeading = null;
        current = out.element(Kind.ANNEX, "annex/" + annexes, number, null, u.marker() == null ? null : u.marker().span(),
                titleSegments(u, m), null);
        annexTitle = true;
    }

    /** The segments of an annex heading after the word and number ("ANNEX II GUIDELINES ..." keeps "GUIDELINES ..."). */
    private List<Span> titleSegments(Unit u, Matcher m) {
        if (!m.lookingAt() || u.segments().isEmpty()) {
            return u.segments();
        }
        Span first = u.segments().get(0);
        int cut = Math.min(first.end(), first.start() + m.end());
        while (cut < first.end() && Character.isWhitespace(source.text().charAt(cut))) {
            cut++;
        }
        List<Span> rest = new ArrayList<>();
        if (cut < first.end()) {
            rest.add(new Span(cut, first.end()));
        }
        rest.addAll(u.segments().subList(1, u.segments().size()));
        return rest;
    }

    private void unit(Unit u) {
        String text = u.text(source.text());
        if (annexTitle && u.marker() == null && isCapitals(text)) {
            current.add(u.segments());
            return;
        }
        annexTitle = false;
        if (preamble && container.isEmpty() && speaker == null && (formula(u, text) || isLoneLabel(u, text))) {
            return;
        }
        if (u.marker() != null) {
            marked(u, text);
        } else {
            unmarked(u, text);
        }
    }

    /** Takes the speaker formula; anything after it on the line is read as a unit of its own. */
    private boolean formula(Unit u, String text) {
        Pattern p = lexicon.pattern("speaker");
        String stripped = text.strip();
        if (u.marker() != null || p == null
                || !Headers.isFormulaLine(p, stripped.substring(Headers.openingQuotes(stripped, 0, stripped.length())))) {
            return false;
        }
        Span first = u.segments().get(0);
        int lead = first.start();
        while (lead < first.end() && Character.isWhitespace(source.text().charAt(lead))) {
            lead++;
        }
        lead += Headers.openingQuotes(source.text(), lead, first.end());
        Matcher m = p.matcher(source.text()).region(lead, first.end());
        if (!m.lookingAt()) {
            return false;
        }
        int end = m.end();
        while (end > m.start() && ",:—–- ".indexOf(source.text().charAt(end - 1)) >= 0) {
            end--;
        }
        speaker = new Field(Markup.clean(source.text().substring(m.start(), end)), new Span(m.start(), end));
        int rest = m.end();
        while (rest < first.end() && Character.isWhitespace(source.text().charAt(rest))) {
            rest++;
        }
        if (rest < first.end() || u.segments().size() > 1) {
            List<Span> spans = new ArrayList<>();
            if (rest < first.end()) {
                spans.add(new Span(rest, first.end()));
            }
            spans.addAll(u.segments().subList(1, u.segments().size()));
            unmarked(new Unit(u.line(), null, spans, false), Markup.clean(source.text(), spans));
        }
        return true;
    }

    private void marked(Unit u, String text) {
        Marker sign = u.marker();
        if ((sign.style() == Style.UPPER_ROMAN || sign.style() == Style.UPPER_LETTER) && isHeading(text)) {
            // "I. INTRODUCTION", "B. PREVENTION": a numbered section heading opens a block; the paragraphs
            // under it may run on from the section before or start again at 1
            openBlock(container.startsWith("annex/") ? Paths.part(container) + "/" : "", u.segments(), sign);
            return;
        }
        ListLevels.Place place = levels.place(sign, parentOf());
        boolean again = place.previous() != null && sign.style().counts()
                && place.marker().value() <= place.previous().value;
        if (again && place.marker().value() != 1) {
            out.repeat(place.marker(), place.previous().path);
        }
        if (again && place.depth() == 0 && place.marker().value() == 1 && !preamble) {
            restart();
            place = levels.place(sign, parentOf());
        }
        String base = place.previous() != null ? place.previous().base : place.parentPath();
        if (again && place.depth() > 0) {
            base = place.parentPath() + "/list-" + out.nextList(place.parentPath());
        }
        Elements.Element e;
        if (place.marker().style() == Style.DASH && place.depth() == 0) {
            Elements.Element sibling = place.previous() == null ? null : out.find(place.previous().path);
            String parent = sibling != null ? sibling.parent
                    : current != null && current.marker == null && current.kind == Kind.PARAGRAPH ? current.path
                    : parentOf();
            e = out.indent(parent, place.marker().span(), u.segments());
            place = new ListLevels.Place(0, place.marker(), parent, place.previous());
        } else if (place.depth() == 0) {
            LayoutLexicon.Opener opener = preamble && container.isEmpty() ? lexicon.openerOf(text) : null;
            if (opener != null || preamble && container.isEmpty() && recitalHeading != null && !opensWithCapitals(text)) {
                e = out.recital(place.marker(), u.segments(), opener == null ? recitalHeading : null);
            } else {
                operative();
                e = out.element(Kind.PARAGRAPH, container + "p/" + Paths.segment(place.marker().label() == null
                        ? "" : place.marker().label()), place.marker().label(), parentOf(), place.marker().span(),
                        u.segments(), null);
            }
        } else if (place.marker().style() == Style.DASH) {
            e = out.indent(place.parentPath(), place.marker().span(), u.segments());
        } else {
            e = out.element(Kind.POINT, base + "/" + Paths.segment(place.marker().label()),
                    place.marker().label(), place.parentPath(), place.marker().span(), u.segments(), null);
        }
        out.numbered(place, base, e);
        levels.open(place, e.path, base);
        current = e;
    }

    /**
     * A list restarting at 1 without a heading between: a new block (inside an annex, a block of the annex).
     * A short paragraph without number just before it is taken as the block's heading.
     */
    private void restart() {
        Elements.Element heading = current != null && current.kind == Kind.PARAGRAPH && current.marker == null
                && Markup.clean(source.text(), current.segments).split("\\s+").length <= HEADING_WORDS
                ? out.removeLast(current) : null;
        String annex = container.startsWith("annex/") ? Paths.part(container) + "/" : "";
        openBlock(annex, heading == null ? List.of() : heading.segments);
    }

    private void unmarked(Unit u, String text) {
        if (!LETTER.matcher(text).find() && current != null) {
            current.add(u.segments());
            return;
        }
        LayoutLexicon.Opener opener = preamble && container.isEmpty() ? lexicon.openerOf(text) : null;
        boolean heading = isHeading(text);
        if (heading && opener != null && opener.words().size() >= LayoutLexicon.words(text).size() - 1) {
            recitalHeading = u.segments().get(0);
            current = null;
            return;
        }
        if (heading && opener == null && !container.startsWith("annex/")) {
            openBlock("", u.segments());
            return;
        }
        if (heading && container.startsWith("annex/")) {
            openBlock(Paths.part(container) + "/", u.segments());
            return;
        }
        if (opener != null || preamble && container.isEmpty() && recitalHeading != null && layout.linesAreParagraphs()
                && !opensWithCapitals(text)) {
            current = out.recital(null, u.segments(), opener == null ? recitalHeading : null);
            return;
        }
        if (current != null && current.kind == Kind.INDENT && layout.linesAreParagraphs()) {
            Elements.Element parent = out.find(current.parent);
            levels.closeDashes();
            String t = text.strip();
            if (parent != null && !t.isEmpty() && ".;,:".indexOf(t.charAt(t.length() - 1)) >= 0) {
                parent.add(u.segments());
                current = parent;
                return;
            }
        }
        if (current != null && continues(u, text)) {
            current.add(u.segments());
            return;
        }
        operative();
        current = out.unnumbered(container, parentOf(), u.segments());
    }

    /**
     * Whether an unsigned unit continues the element before it: where lines are paragraphs, only a signed
     * element continues; elsewhere a wrapped line always does, and after a blank line or a page break the
     * unit continues when it starts in lower case or the element has not ended its sentence.
     */
    private boolean continues(Unit u, String text) {
        if (current.kind == Kind.BLOCK || current.kind == Kind.ANNEX) {
            return false;
        }
        if (layout.linesAreParagraphs()) {
            return current.marker != null;
        }
        if (!u.afterBreak()) {
            return true;
        }
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) || !out.endsSentence(current);
    }

    private void openBlock(String within, List<Span> heading) {
        openBlock(within, heading, null);
    }

    private void openBlock(String within, List<Span> heading, Marker sign) {
        int n = out.nextBlock(within);
        String path = within + "block/" + n;
        container = path + "/";
        levels.clear();
        recitalHeading = null;
        preamble = false;
        current = out.element(Kind.BLOCK, path, sign == null ? null : sign.label(),
                within.isEmpty() ? null : within.substring(0, within.length() - 1), sign == null ? null : sign.span(),
                heading, null);
    }

    private void operative() {
        preamble = false;
        recitalHeading = null;
    }

    private String parentOf() {
        return container.isEmpty() ? null : trim(container);
    }

    private static String trim(String container) {
        return container.substring(0, container.length() - 1);
    }

    /**
     * Whether an unsigned unit is a heading: short, led by a word in capitals (after "and"), and ending
     * without a full stop, semicolon or comma.
     */
    private boolean isHeading(String text) {
        String t = Markup.clean(text);
        List<String> words = List.of(t.split("\\s+"));
        if (t.isEmpty() || words.size() > HEADING_WORDS) {
            return false;
        }
        int first = lexicon.leads().contains(words.get(0).toLowerCase(java.util.Locale.ROOT)) && words.size() > 1 ? 1 : 0;
        // the letters of the leading words, up to three ("ER ENIGT OM", Danish "AGREES"): short words alone are
        // no sign of a heading ("EU"), three letters in capitals are
        String lead = "";
        for (int w = first; w < Math.min(words.size(), first + 3) && lead.length() < 3; w++) {
            lead += words.get(w).replaceAll("[^\\p{L}]", "");
        }
        char last = t.charAt(t.length() - 1);
        boolean capitals = lead.length() >= 3 && lead.equals(lead.toUpperCase(java.util.Locale.ROOT))
                || lexicon.openerOf(t) != null && words.size() <= 4;
        return capitals && ".;,".indexOf(last) < 0;
    }

    /** A label standing alone before the speaker formula ("I" of a part of the Journal): not text of the act. */
    private static boolean isLoneLabel(Unit u, String text) {
        String t = text.strip();
        return u.marker() == null && !t.isEmpty() && t.length() <= 4 && t.chars().allMatch(Character::isUpperCase);
    }

    /** Whether a text opens with a word in capitals (an operative verb such as "WELCOMES"), not a recital word. */
    private boolean opensWithCapitals(String text) {
        String first = text.strip().split("[\\s,:;]+", 2)[0].replaceAll("[^\\p{L}]", "");
        return first.length() >= 3 && first.equals(first.toUpperCase(java.util.Locale.ROOT)) && lexicon.openerOf(text) == null;
    }

    private static boolean isCapitals(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    }
}
