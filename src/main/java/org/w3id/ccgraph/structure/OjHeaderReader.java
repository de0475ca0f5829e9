package org.w3id.ccgraph.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;

/**
 * Reads the header of an act in the Official Journal's layout: the issue date, the issue and page ("C 311/1"),
 * the title over the lines that follow, and the publication number ("2009/C 311/01") after which the text
 * begins.
 */
final class OjHeaderReader {

    private static final Pattern DATE = Pattern.compile("^\\s*(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*$");
    private static final Pattern ISSUE = Pattern.compile("^\\s*([CL])\\s+(\\d{1,4})\\s*([A-Z])?/(\\d{1,4})\\s*$");
    private static final Pattern DATE_IN_LINE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final Pattern ISSUE_IN_LINE = Pattern.compile("\\b([CL])\\s+(\\d{1,4})\\s*([A-Z])?/(\\d{1,4})\\b");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("^\\s*[A-Z]{2}\\s*$");

    private final SourceText source;
    private final Layout layout;
    private final LayoutLexicon lexicon;

    OjHeaderReader(SourceText source, Layout layout, LayoutLexicon lexicon) {
        this.source = source;
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** The header and where the text begins. */
    HeaderReading read() {
        Pattern publication = layout.publication();
        LocalDate date = null;
        Field reference = null;
        String series = null;
        String issue = null;
        String page = null;
        int titleFrom = 0;
        int lines = Math.min(source.lineCount(), 60);
        for (int n = 1; n <= lines; n++) {
            String line = source.line(n);
            Matcher m;
            Matcher d;
            if (date == null && reference == null && layout.isFurniture(line)
                    && (d = DATE_IN_LINE.matcher(line)).find() && (m = ISSUE_IN_LINE.matcher(line)).find()) {
                // the journal's fields on one line (a copied table row, a PDF page head)
                date = date(d.group(3), d.group(2), d.group(1));
                reference = new Field(m.group().replaceAll("\\s+", " "),
                        new Span(source.lineStart(n) + m.start(), source.lineStart(n) + m.end()));
                series = m.group(1);
                issue = Integer.parseInt(m.group(2)) + (m.group(3) == null ? "" : m.group(3));
                page = Integer.toString(Integer.parseInt(m.group(4)));
                titleFrom = n + 1;
            } else if (date == null && (m = DATE.matcher(line)).matches()) {
                date = date(m.group(3), m.group(2), m.group(1));
            } else if (reference == null && (m = ISSUE.matcher(line)).matches()) {
                reference = Headers.join(source, n, n, layout);
                series = m.group(1);
                issue = Integer.parseInt(m.group(2)) + (m.group(3) == null ? "" : m.group(3));
                page = Integer.toString(Integer.parseInt(m.group(4)));
                titleFrom = n + 1;
            } else if (publication != null && (m = publication.matcher(line)).matches()) {
                Field number = new Field(m.group("number").replaceAll("\\s+", " "),
                        new Span(source.lineStart(n) + m.start("number"), source.lineStart(n) + m.end("number")));
                Field title = titleFrom > 0 ? Headers.join(source, titleFrom, n - 1, layout) : null;
                int next = n + 1;
                while (next <= source.lineCount() && source.line(next).isBlank()) {
                    next++;
                }
                if (next > source.lineCount()) {
                    break;
                }
                JournalHeader journal = new JournalHeader(reference, series, issue, page, date, number);
                return new HeaderReading(header(title, journal), new BodyStart(next, source.lineStart(next), 0));
            }
        }
        BodyStart start = Headers.find(source, layout, lexicon, Math.max(1, titleFrom));
        Field title = titleFrom > 0 ? Headers.join(source, titleFrom, start.line() - 1, layout)
                : Headers.join(source, 1, start.line() - 1, layout);
        return new HeaderReading(header(title, new JournalHeader(reference, series, issue, page, date, null)), start);
    }

    private Header header(Field title, JournalHeader journal) {
        return new Header(Headers.kind(lexicon, title, null), title, Headers.adopted(lexicon, title), null, null,
                null, journal);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Whether a line is one the OJ header prints besides the fields read (the language code). */
    static boolean isLanguageLine(String line) {
        return LANGUAGE_CODE.matcher(line).matches();
    }
}
