package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;
import org.w3id.ccgraph.structure.Span;

/**
 * Finds the actors and instruments named in one element's text: every lexicon name (a name inside a
 * longer name of the same actor or instrument counts once), and every instrument cited by its official
 * number through the citation patterns of the lexicon (see {@link CitationReader}). A name inside an
 * identifier is no mention: the "EU" of "Directive 2011/93/EU" or of "Regulation (EU) 2016/679" names no
 * actor, so actor names whose span lies inside a citation by number are dropped.
 */
final class MentionFinder {

    private final FormMatcher actors;
    private final FormMatcher instruments;
    private final CitationReader numbers;

    MentionFinder(ExtractionLexicon lexicon) {
        this.actors = new FormMatcher(lexicon.actors(), w -> lexicon.is("gap-stops", w));
        this.instruments = new FormMatcher(lexicon.instruments(), w -> lexicon.is("gap-stops", w));
        this.numbers = new CitationReader(lexicon);
    }

    /** Adds the mentions and citations in one element, read through its view. */
    void find(TextView view, Carrier carrier, List<Mention> mentions, List<Citation> citations) {
        List<Token> tokens = view.tokens();
        List<Citation> byNumber = numbers.read(view, carrier);
        for (Match m : actors.all(tokens, 0, tokens.size())) {
            Span span = span(view, tokens, m);
            if (byNumber.stream().noneMatch(c -> c.span().contains(span))) {
                mentions.add(new Mention(m.key(), carrier, span));
            }
        }
        for (Match m : instruments.all(tokens, 0, tokens.size())) {
            citations.add(new Citation(m.key(), null, carrier, span(view, tokens, m)));
        }
        citations.addAll(byNumber);
    }

    private static Span span(TextView view, List<Token> tokens, Match m) {
        return view.source(tokens.get(m.first()).start(), tokens.get(m.last()).end());
    }
}
