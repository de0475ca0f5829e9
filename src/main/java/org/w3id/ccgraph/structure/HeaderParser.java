package org.w3id.ccgraph.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;

/**
 * Reads the header of a Council document: the lines before the first numbered paragraph. Labelled fields
 * ("fra:", "Vedr.:") continue on the following lines up to a blank line; of the unlabelled blocks after
 * them, the last is the title and the one before it the covering sentence.
 */
final class HeaderParser {

    private static final Pattern ORIGINAL_LANGUAGE = Pattern.compile("\\(OR\\.\\s*([A-Za-z]{2,3})\\)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,6}/\\d{2}(?:\\s+(?:REV|COR|ADD)\\s*\\d+)*)$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(?:[ -][A-Z][A-Z0-9]*)*\\s+\\d+$");
    private static final Pattern KIND = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\s-]+$");

    private final SourceText source;
    private final LayoutLexicon lexicon;

    private Field place;
    private LocalDate date;
    private Field originalLanguage;
    private Field number;
    private final List<Field> codes = new ArrayList<>();
    private Field kind;
    private final Map<String, List<Span>> fields = new LinkedHashMap<>();
    private final List<List<Span>> blocks = new ArrayList<>();

    HeaderParser(SourceText source, LayoutLexicon lexicon) {
        this.source = source;
        this.lexicon = lexicon;
    }

    /** Reads lines 1 to {@code last} and returns the header. */
    Header read(int last) {
        List<Span> open = null;
        boolean newBlock = true;
        for (int n = 1; n <= last; n++) {
            String line = source.line(n).strip();
            if (line.isEmpty()) {
                open = null;
                newBlock = true;
                continue;
            }
            int lead = source.line(n).indexOf(line.charAt(0));
            Span span = new Span(source.lineStart(n) + lead, source.lineStart(n) + lead + line.length());
            String key = lexicon.fieldOf(line);
            if (key != null && !fields.containsKey(key)) {
                int colon = line.indexOf(':') + 1;
                int skip = colon + (line.length() - colon - line.substring(colon).stripLeading().length());
                open = new ArrayList<>(List.of(new Span(span.start() + skip, span.end())));
                fields.put(key, open);
            } else if (open != null) {
                open.add(span);
            } else if (!readSingleLine(line, span)) {
                if (newBlock) {
                    blocks.add(new ArrayList<>());
                }
                blocks.get(blocks.size() - 1).add(span);
                newBlock = false;
                continue;
            }
            newBlock = true;
        }
        return build();
    }

    /** Takes a line that is one header item on its own; false if it is none. */
    private boolean readSingleLine(String line, Span span) {
        Matcher m;
        if (place == null && (m = lexicon.placeDate().matcher(line)).matches()) {
            int base = span.start();
            place = new Field(m.group("place"), new Span(base + m.start("place"), base + m.end("place")));
            date = lexicon.parseDate(m.group("date"));
            return true;
        }
        if (originalLanguage == null && (m = ORIGINAL_LANGUAGE.matcher(line)).find()) {
            int base = span.start();
            originalLanguage = new Field(m.group(1).toLowerCase(java.util.Locale.ROOT),
                    new Span(base + m.start(1), base + m.end(1)));
            return true;
        }
        if (number == null && NUMBER.matcher(line).matches()) {
            number = new Field(line, span);
            return true;
        }
        if (number != null && fields.isEmpty() && CODE.matcher(line).matches()) {
            codes.add(new Field(line.replaceAll("\\s+", " "), span));
            return true;
        }
        if (kind == null && fields.isEmpty() && KIND.matcher(line).matches()) {
            kind = new Field(line.replaceAll("\\s+", " "), span);
            return true;
        }
        return false;
    }

    private Header build() {
        Field title = blocks.isEmpty() ? null : field(blocks.get(blocks.size() - 1));
        Field cover = blocks.size() < 2 ? null : field(blocks.get(blocks.size() - 2));
        Field meeting = null;
        LocalDate adopted = null;
        if (cover != null) {
            Matcher m = lexicon.meeting().matcher(source.text()).region(cover.span().start(), cover.span().end());
            if (m.find()) {
                meeting = new Field(m.group("number"), new Span(m.start("number"), m.end("number")));
                adopted = lexicon.parseDate(source.text().substring(m.end(), cover.span().end()));
            }
        }
        Field sent = field(fields.get("date"));
        return new Header(place, date, originalLanguage, number, codes, kind, field(fields.get("sender")),
                sent == null ? null : lexicon.parseDate(sent.value()), field(fields.get("recipients")),
                field(fields.get("previous")), field(fields.get("subject")), cover, meeting, adopted, title);
    }

    private Field field(List<Span> spans) {
        if (spans == null || spans.isEmpty()) {
            return null;
        }
        return new Field(Markup.clean(source.text(), spans), new Span(spans.get(0).start(), spans.get(spans.size() - 1).end()));
    }
}
