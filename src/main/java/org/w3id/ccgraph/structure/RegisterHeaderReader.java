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
 * Reads the header of a Council register document: the lines before the text. Labelled fields ("From:",
 * "Vedr.:") continue on the following lines up to a blank line; of the unlabelled blocks after them, the
 * last is the title and the one before it the covering sentence. When the text stands in an annex after a
 * cover note, the header ends at the annex heading, the covering sentence is the cover note's last block
 * and the title is what stands between the annex heading and the text.
 */
final class RegisterHeaderReader {

    private static final Pattern ORIGINAL_LANGUAGE = Pattern.compile("\\((?:OR|ORIG)\\.\\s*([A-Za-z]{2,3})(?:,\\s*[A-Za-z]{2,3})*\\)");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,6}/(?:\\d{1,2}/)?\\d{2}(?:\\s+(?:REV|COR|ADD)\\s*\\d+)*)$");
    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*(?:[ -][A-Z][A-Z0-9]*)*\\s+\\d+$");
    private static final Pattern KIND = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\s/-]+$");

    private final SourceText source;
    private final Layout layout;
    private final LayoutLexicon lexicon;

    private Field place;
    private LocalDate date;
    private Field originalLanguage;
    private Field number;
    private final List<Field> codes = new ArrayList<>();
    private Field kind;
    private boolean kindIsSign;
    private final Map<String, List<Span>> fields = new LinkedHashMap<>();
    private final List<List<Span>> blocks = new ArrayList<>();

    RegisterHeaderReader(SourceText source, Layout layout, LayoutLexicon lexicon) {
        this.source = source;
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** Reads the header before the body that starts at {@code start}. */
    Header read(BodyStart start) {
        int last = start.annexLine() > 0 ? start.annexLine() - 1 : start.line() - 1;
        readLines(last);
        Field title;
        Field cover;
        if (start.annexLine() > 0) {
            title = Headers.join(source, start.annexLine() + 1, start.line() - 1, layout);
            cover = blocks.isEmpty() ? null : field(blocks.get(blocks.size() - 1));
        } else {
            title = blocks.isEmpty() ? null : field(blocks.get(blocks.size() - 1));
            cover = blocks.size() < 2 ? null : field(blocks.get(blocks.size() - 2));
        }
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
        Field subject = field(fields.get("subject"));
        RegisterHeader register = new RegisterHeader(place, date, originalLanguage, number, codes, kind,
                field(fields.get("sender")), sent == null ? null : lexicon.parseDate(sent.value()),
                field(fields.get("recipients")), field(fields.get("previous")), subject, cover, meeting, adopted);
        return new Header(Headers.kind(lexicon, title, subject), title, adopted, null, null, register, null);
    }

    private void readLines(int last) {
        List<Span> open = null;
        boolean newBlock = true;
        for (int n = 1; n <= last; n++) {
            String line = source.line(n).strip();
            if (line.isEmpty() || layout.isFurniture(source.line(n))) {
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
            number = new Field(line.replaceAll("\\s+", " "), span);
            return true;
        }
        if (number != null && fields.isEmpty() && CODE.matcher(line).matches()) {
            codes.add(new Field(line.replaceAll("\\s+", " "), span));
            return true;
        }
        if (fields.isEmpty() && KIND.matcher(line).matches()) {
            boolean sign = lexicon.signs().getOrDefault(layout.name(), List.of()).stream()
                    .anyMatch(p -> p.matcher(line).matches());
            if (kind == null || sign && !kindIsSign) {
                kind = new Field(line.replaceAll("\\s+", " "), span);
                kindIsSign = sign;
            }
            return true;
        }
        return false;
    }

    private Field field(List<Span> spans) {
        return Headers.field(source, spans);
    }
}
