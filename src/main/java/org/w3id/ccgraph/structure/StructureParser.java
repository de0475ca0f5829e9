package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.document.SourceText;

/**
 * Parses the normalised text of Council conclusions into a {@link ConclusionsDocument}.
 *
 * <pre>{@code
 * ConclusionsDocument doc = new StructureParser().parse(new SourceReader().read(path));
 * doc.paragraphs().size();
 * }</pre>
 *
 * The language is taken from the lexicon whose header labels the document uses, unless one is given.
 * Input without numbered paragraphs or without a document number throws an {@link InputException}.
 */
public final class StructureParser {

    /** Title of the failure for a text in which no line opens a numbered paragraph. */
    public static final String NO_NUMBERED_PARAGRAPHS = "NO NUMBERED PARAGRAPHS";
    /** Title of the failure for a header without a document number such as "1234/20". */
    public static final String NO_DOCUMENT_NUMBER = "NO DOCUMENT NUMBER";

    /** Parses with the language detected from the header. */
    public ConclusionsDocument parse(SourceText source) {
        return parse(source, detectLanguage(source));
    }

    /** Parses with the layout lexicon of a given language ("da", "en"). */
    public ConclusionsDocument parse(SourceText source, String language) {
        LayoutLexicon lexicon = LayoutLexicon.load(language);
        BodyParser body = new BodyParser(source, lexicon);
        int first = firstParagraphLine(source, body);
        Header header = new HeaderParser(source, lexicon).read(first - 1);
        if (header.number() == null) {
            throw new InputException(NO_DOCUMENT_NUMBER, source.location(0),
                    "expected the document number (such as 1234/20) on a line of its own before paragraph 1");
        }
        body.read(first);
        List<Subdivision> subdivisions = body.subdivisions();
        List<Footnote> footnotes = body.footnotes(subdivisions);
        List<Diagnostic> diagnostics = new ArrayList<>(new StructureChecks(source).check(subdivisions, footnotes));
        return new ConclusionsDocument(source, lexicon.language(), header, subdivisions, footnotes, diagnostics);
    }

    private static int firstParagraphLine(SourceText source, BodyParser body) {
        for (int n = 1; n <= source.lineCount(); n++) {
            if (body.classify(n).kind() == Line.Kind.PARAGRAPH) {
                return n;
            }
        }
        throw new InputException(NO_NUMBERED_PARAGRAPHS, source.location(0), "expected numbered paragraphs "
                + "(a line starting with \"1. \"), found none in " + source.lineCount() + " lines");
    }

    /** The language whose lexicon recognises the most header lines; the first listed when none does. */
    static String detectLanguage(SourceText source) {
        List<String> languages = LayoutLexicon.languages();
        String best = languages.get(0);
        int bestScore = 0;
        int lines = Math.min(source.lineCount(), 60);
        for (String language : languages) {
            LayoutLexicon lexicon = LayoutLexicon.load(language);
            int score = 0;
            for (int n = 1; n <= lines; n++) {
                String line = source.line(n);
                if (lexicon.fieldOf(line) != null || lexicon.placeDate().matcher(line).matches()) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = language;
                bestScore = score;
            }
        }
        return best;
    }
}
