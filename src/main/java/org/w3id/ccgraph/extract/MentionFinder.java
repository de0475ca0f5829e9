package org.w3id.ccgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;
import org.w3id.ccgraph.structure.Span;

/**
 * Finds the actors and instruments named in one element's text: every lexicon name (a name inside a
 * longer name of the same actor or instrument counts once), and every instrument cited by its official
 * number through the citation patterns of the lexicon ({@code pattern.<kind>} in grammar.properties,
 * with groups {@code year} and {@code number}, and optionally {@code number2} for "Articles 82 and 83").
 */
final class MentionFinder {

    private final FormMatcher actors;
    private final FormMatcher instruments;
    private final ExtractionLexicon lexicon;

    MentionFinder(ExtractionLexicon lexicon) {
        this.lexicon = lexicon;
        this.actors = new FormMatcher(lexicon.actors(), w -> lexicon.is("gap-stops", w));
        this.instruments = new FormMatcher(lexicon.instruments(), w -> lexicon.is("gap-stops", w));
    }

    /** Adds the mentions and citations in one element, read through its view. */
    void find(TextView view, Carrier carrier, List<Mention> mentions, List<Citation> citations) {
        List<Token> tokens = view.tokens();
        for (Match m : actors.all(tokens, 0, tokens.size())) {
            mentions.add(new Mention(m.key(), carrier, span(view, tokens, m)));
        }
        for (Match m : instruments.all(tokens, 0, tokens.size())) {
            citations.add(new Citation(m.key(), null, carrier, span(view, tokens, m)));
        }
        for (var entry : lexicon.citations().entrySet()) {
            cite(view, entry.getKey(), entry.getValue(), carrier, citations);
        }
    }

    private static void cite(TextView view, String kind, Pattern pattern, Carrier carrier, List<Citation> citations) {
        Matcher m = pattern.matcher(view.text());
        while (m.find()) {
            int year = pattern.pattern().contains("(?<year>") ? year(m.group("year")) : 0;
            Span span = view.source(m.start(), m.end());
            citations.add(new Citation(null, new InstrumentRef(kind, year, strip(m.group("number"))), carrier, span));
            if (pattern.pattern().contains("(?<number2>") && m.group("number2") != null) {
                citations.add(new Citation(null, new InstrumentRef(kind, year, strip(m.group("number2"))), carrier, span));
            }
        }
    }

    private static int year(String digits) {
        if (digits == null) {
            return 0;
        }
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }

    private static String strip(String number) {
        String s = number.replaceFirst("^0+(?=.)", "");
        return s;
    }

    private static Span span(TextView view, List<Token> tokens, Match m) {
        return view.source(tokens.get(m.first()).start(), tokens.get(m.last()).end());
    }
}
