package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3id.ccgraph.document.SourceText;

/**
 * Reads the body of a document, from its first numbered paragraph to the end: paragraphs, sub-points,
 * footnote blocks (which may stand between sub-points where page breaks were) and the anchors in the text.
 * A text line directly after a footnote continues the footnote; any other text line continues the
 * paragraph or sub-point it follows, so a paragraph interrupted by footnotes keeps all its text.
 */
final class BodyParser {

    private final SourceText source;
    private final LayoutLexicon lexicon;
    private final List<Part> subdivisions = new ArrayList<>();
    private final List<Part> footnotes = new ArrayList<>();

    /** A subdivision or footnote being read. */
    private static final class Part {
        final Line opening;
        final String number;
        final String parent;
        final List<Span> segments = new ArrayList<>();

        Part(Line opening, String number, String parent) {
            this.opening = opening;
            this.number = number;
            this.parent = parent;
            segments.add(opening.content());
        }
    }

    BodyParser(SourceText source, LayoutLexicon lexicon) {
        this.source = source;
        this.lexicon = lexicon;
    }

    /** The line classification used for the body, with dates such as "8. oktober 2019" read as text. */
    Line classify(int n) {
        Line line = Line.classify(source, n);
        if (line.kind() == Line.Kind.PARAGRAPH) {
            Matcher m = lexicon.date().matcher(source.text());
            m.region(line.marker().start(), source.lineEnd(n));
            if (m.lookingAt() && lexicon.parseDate(m.group()) != null) {
                return new Line(n, Line.Kind.TEXT, null, null, new Span(line.marker().start(), line.content().end()));
            }
        }
        return line;
    }

    /** Reads lines {@code first} to the last line. */
    void read(int first) {
        Part current = null;
        Part paragraph = null;
        Part footnote = null;
        boolean afterBlank = false;
        for (int n = first; n <= source.lineCount(); n++) {
            Line line = classify(n);
            switch (line.kind()) {
                case BLANK:
                    afterBlank = true;
                    continue;
                case PARAGRAPH:
                    paragraph = new Part(line, line.label(), null);
                    current = paragraph;
                    subdivisions.add(current);
                    footnote = null;
                    break;
                case SUBPOINT:
                    current = new Part(line, paragraph.number + line.label(), paragraph.number);
                    subdivisions.add(current);
                    footnote = null;
                    break;
                case FOOTNOTE:
                    footnote = new Part(line, line.label(), null);
                    footnotes.add(footnote);
                    break;
                default:
                    if (footnote != null && !afterBlank) {
                        footnote.segments.add(line.content());
                    } else {
                        current.segments.add(line.content());
                        footnote = null;
                    }
            }
            afterBlank = false;
        }
    }

    /** The subdivisions read, with clean text and anchors. */
    List<Subdivision> subdivisions() {
        List<Subdivision> result = new ArrayList<>();
        for (Part p : subdivisions) {
            Subdivision.Kind kind = p.parent == null ? Subdivision.Kind.PARAGRAPH : Subdivision.Kind.SUBPOINT;
            result.add(new Subdivision(kind, p.number, p.opening.label(), p.opening.marker(), p.parent, clean(p.segments),
                    p.segments, anchors(p.segments)));
        }
        return result;
    }

    /** The footnotes read, each with the subdivision that carries its first anchor. */
    List<Footnote> footnotes(List<Subdivision> subdivisions) {
        List<Footnote> result = new ArrayList<>();
        for (Part p : footnotes) {
            int number = Markup.superscriptValue(p.opening.label());
            String anchoredIn = subdivisions.stream()
                    .filter(s -> s.anchors().stream().anyMatch(a -> a.number() == number))
                    .map(Subdivision::number).findFirst().orElse(null);
            result.add(new Footnote(number, clean(p.segments), p.segments, p.opening.marker(), anchoredIn));
        }
        return result;
    }

    private String clean(List<Span> segments) {
        return Markup.clean(source.text(), segments);
    }

    private List<Anchor> anchors(List<Span> segments) {
        List<Anchor> anchors = new ArrayList<>();
        for (Span s : segments) {
            Matcher m = Markup.SUPERSCRIPT.matcher(source.text()).region(s.start(), s.end());
            while (m.find()) {
                anchors.add(new Anchor(Markup.superscriptValue(m.group()), new Span(m.start(), m.end())));
            }
        }
        return anchors;
    }
}
