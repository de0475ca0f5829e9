package org.w3id.ccgraph.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.document.SourceText;

/**
 * Reads the header of an EUR-Lex page of an older Official Journal text: the CELEX number (first line),
 * the title (the line after the CELEX line), the Official Journal reference, and in the glued body line the
 * title again up to the publication number ("(97/C 10/01)"), after which the text begins; without a
 * publication number the text begins at the speaker formula.
 */
final class EurlexHeaderReader {

    private static final Pattern FIRST = Pattern.compile("^\\s*EUR-Lex\\s+-\\s+(?<celex>\\S+)\\s+-\\s+[A-Z]{2}\\s*$");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** How far into the body line the title and publication number may reach. */
    private static final int TITLE_REACH = 3000;

    private final SourceText source;
    private final Layout layout;
    private final LayoutLexicon lexicon;

    EurlexHeaderReader(SourceText source, Layout layout, LayoutLexicon lexicon) {
        this.source = source;
        this.layout = layout;
        this.lexicon = lexicon;
    }

    /** The header and where the text begins. */
    HeaderReading read() {
        Field celex = null;
        Field title = null;
        JournalHeader journal = null;
        int body = 0;
        Pattern reference = lexicon.pattern("oj-reference");
        int lines = Math.min(source.lineCount(), 12);
        for (int n = 1; n <= lines && body == 0; n++) {
            String line = source.line(n);
            Matcher m = FIRST.matcher(line);
            if (n == 1 && m.matches()) {
                celex = new Field(m.group("celex"), span(n, m.start("celex"), m.end("celex")));
            } else if (reference != null && (m = reference.matcher(line)).lookingAt()) {
                journal = journal(n, m);
                body = n + 1;
            } else if (celex != null && title == null && line.strip().equals(celex.value())) {
                title = Headers.join(source, n + 1, n + 1, layout);
            }
        }
        if (body == 0) {
            body = 1;
        }
        while (body < source.lineCount() && source.line(body).isBlank()) {
            body++;
        }
        int from = source.lineStart(body);
        String text = source.text();
        int reach = Math.min(text.length(), from + TITLE_REACH);
        Matcher pub = layout.publication() == null ? null : layout.publication().matcher(text).region(from, reach);
        int start = from;
        Field publication = null;
        if (pub != null && pub.find()) {
            publication = new Field(pub.group("number").replaceAll("\\s+", " "),
                    new Span(pub.start("number"), pub.end("number")));
            start = pub.end();
        } else {
            Matcher formula = lexicon.pattern("speaker").matcher(text).region(from, reach);
            if (formula.find()) {
                start = formula.start();
            }
        }
        if (journal != null) {
            journal = new JournalHeader(journal.reference(), journal.series(), journal.issue(), journal.page(),
                    journal.date(), publication);
        }
        if (title == null && start > from) {
            title = Headers.field(source, java.util.List.of(new Span(from, start)));
        }
        Header header = new Header(Headers.kind(lexicon, title, null), title, Headers.adopted(lexicon, title), null,
                celex, null, journal);
        return new HeaderReading(header, new BodyStart(source.lineOf(start), start, 0));
    }

    private JournalHeader journal(int line, Matcher m) {
        Field ref = new Field(m.group().strip(), span(line, m.start(), m.end()));
        LocalDate date = null;
        Matcher d = DMY.matcher(m.group("date"));
        if (d.matches()) {
            try {
                date = LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                        Integer.parseInt(d.group(1)));
            } catch (DateTimeException e) {
                date = null;
            }
        }
        String first = m.group("first") == null ? null : Integer.toString(Integer.parseInt(m.group("first")));
        return new JournalHeader(ref, m.group("series"), Integer.toString(Integer.parseInt(m.group("issue"))), first,
                date, null);
    }

    private Span span(int line, int start, int end) {
        int base = source.lineStart(line);
        return new Span(base + start, base + end);
    }
}
