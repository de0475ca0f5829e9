package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceText;

/**
 * Parses the normalised text of Council conclusions or a resolution into a {@link CouncilText}.
 *
 * <pre>{@code
 * CouncilText text = new StructureParser().parse(new SourceReader().read(path));
 * text.paragraphs().size();
 * }</pre>
 *
 * The language is recognised from the content and the layout from the signs in the first lines, unless
 * they are given. Input with no text after its header throws an {@link InputException}.
 */
public final class StructureParser {

    /** How many of the first lines show the signs of a layout. */
    private static final int SIGN_LINES = 60;

    /** Parses with the language and layout recognised from the text. */
    public CouncilText parse(SourceText source) {
        return parse(source, null, null);
    }

    /** Parses with a given language or, when null, the one recognised. */
    public CouncilText parse(SourceText source, Language language) {
        return parse(source, language, null);
    }

    /** Parses with a given language and layout; either may be null to recognise it. */
    public CouncilText parse(SourceText source, Language language, Layout given) {
        List<String> how = new ArrayList<>();
        Language lang = language;
        if (lang == null) {
            LanguageDetector.Detected d = LanguageDetector.detect(source);
            lang = d.language();
            how.add("language " + lang + " recognised (" + d.percent() + "% of the words are its function words)");
        } else {
            how.add("language " + lang + " given");
        }
        LayoutLexicon lexicon = lang.lexicon();
        Layout layout = given;
        if (layout == null) {
            int[] score = new int[1];
            layout = detectLayout(source, lexicon, score);
            how.add("layout " + layout.name() + (score[0] == 0 ? " (no layout signs found)"
                    : " recognised (" + score[0] + " signs)"));
        } else {
            how.add("layout " + layout.name() + " given");
        }
        HeaderReading reading = readHeader(source, layout, lexicon);
        List<Unit> units = new Segmenter(source, layout, lexicon).units(reading.start().offset());
        Elements elements = new BodyBuilder(source, layout, lexicon).build(units);
        Elements.Finished finished = elements.finish();
        if (finished.subdivisions().isEmpty()) {
            throw new InputException(Title.NO_NUMBERED_PARAGRAPHS, source.location(reading.start().offset()),
                    "expected the text proper after the header, found no paragraph, recital or point");
        }
        Header h = reading.header();
        Header header = new Header(h.kind(), h.title(), h.adopted(), elements.speaker(), h.celex(), h.register(),
                h.journal());
        List<Diagnostic> diagnostics = new ArrayList<>(new StructureChecks(source)
                .check(elements, finished.subdivisions(), finished.footnotes()));
        if (header.identifier() == null) {
            diagnostics.add(new Diagnostic(Severity.WARNING, Title.NO_IDENTIFIER, source.location(0), "expected a Council "
                    + "document number, a CELEX number or an Official Journal publication number in the header; "
                    + "the document's IRI is made from the SHA-256 of the text"));
        }
        return new CouncilText(source, lang, layout.name(), String.join("; ", how), header, finished.subdivisions(),
                finished.footnotes(), diagnostics);
    }

    private static HeaderReading readHeader(SourceText source, Layout layout, LayoutLexicon lexicon) {
        switch (layout.header()) {
            case OJ:
                return new OjHeaderReader(source, layout, lexicon).read();
            case EURLEX:
                return new EurlexHeaderReader(source, layout, lexicon).read();
            case REGISTER: {
                BodyStart start = Headers.find(source, layout, lexicon, 1);
                return new HeaderReading(new RegisterHeaderReader(source, layout, lexicon).read(start), start);
            }
            default: {
                BodyStart start = Headers.find(source, layout, lexicon, 1);
                Field title = Headers.title(source, 1, start.line() - 1, layout, lexicon);
                return new HeaderReading(new Header(Headers.kind(lexicon, title, null), title,
                        Headers.adopted(lexicon, title), null, null, null, null), start);
            }
        }
    }

    /** The layout whose signs most of the first lines show; "plain" when none shows any. */
    static Layout detectLayout(SourceText source, LayoutLexicon lexicon, int[] score) {
        Layout best = null;
        int bestScore = 0;
        int lines = Math.min(source.lineCount(), SIGN_LINES);
        for (String name : Layout.names()) {
            Layout layout = Layout.of(name);
            List<Pattern> signs = new ArrayList<>(layout.signs());
            signs.addAll(lexicon.signs().getOrDefault(name, List.of()));
            int s = 0;
            for (int n = 1; n <= lines; n++) {
                String line = source.line(n);
                if (signs.stream().anyMatch(p -> p.matcher(line).find())) {
                    s++;
                }
            }
            if (s > bestScore) {
                best = layout;
                bestScore = s;
            }
        }
        score[0] = bestScore;
        return best != null ? best : Layout.of("plain");
    }
}
