package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;

/**
 * Finds the speech acts of a text's author in one element's sentences. A verb from the lexicon is an act of
 * the author when its subject is a speaker form right before it ("The Council calls on"), a sentence-initial
 * pronoun ("It calls on"), a speaker right after it after an opening adverbial ("In this context encourages
 * the Council"), a coordinated verb of an earlier act in the sentence ("... and calls on"), a verb that
 * opens the element or a clause after a semicolon ("INVITES ...", "...; emphasizes ..."), or a verb printed
 * in capitals ("in this context, INVITES"). Verbs for several speakers ("INVITE") count only in a text that
 * several authors adopt together. A passive form ("the Member States are invited to") is an act of the
 * author whose subject names the addressees. A denial ("does not call on") is kept as a denied act.
 */
final class ActFinder {

    /** How far into its clause a verb in capitals may stand ("in this context, INVITES"). */
    private static final int CAPITALS_REACH = 6;

    private final ExtractionLexicon lexicon;
    private final FormMatcher verbs;
    private final FormMatcher plural;
    private final FormMatcher passive;
    private final FormMatcher names;
    private final FormMatcher pronouns;
    private final FormMatcher actors;
    private final List<String> authors;
    private List<String> lastSpeakers;

    /**
     * An act found in a sentence, before its scope is known.
     *
     * @param verb            the verb
     * @param speakers        its speakers
     * @param subjectStart    where its subject (or the coordinator joining it) begins
     * @param subjectAfterEnd where a subject that follows the verb ends, or -1
     * @param passive         whether the verb is passive, its subject naming the addressees
     * @param negated         whether the text denies it
     */
    record Found(Match verb, List<String> speakers, int subjectStart, int subjectAfterEnd, boolean passive,
                 boolean negated) {
    }

    ActFinder(ExtractionLexicon lexicon, List<String> authors) {
        this.lexicon = lexicon;
        this.verbs = new FormMatcher(lexicon.verbs(), w -> lexicon.is("gap-stops", w));
        this.plural = new FormMatcher(lexicon.plural(), w -> lexicon.is("gap-stops", w));
        this.passive = new FormMatcher(lexicon.passive(), w -> lexicon.is("gap-stops", w));
        this.names = new FormMatcher(speakers(ExtractionLexicon.Speaker.Kind.NAME), w -> true);
        this.pronouns = new FormMatcher(speakers(ExtractionLexicon.Speaker.Kind.PRONOUN), w -> true);
        this.actors = new FormMatcher(lexicon.actors(), w -> true);
        this.authors = List.copyOf(authors);
        this.lastSpeakers = this.authors;
    }

    private List<Form> speakers(ExtractionLexicon.Speaker.Kind kind) {
        return lexicon.speakers().stream().filter(s -> s.kind() == kind).map(ExtractionLexicon.Speaker::form).toList();
    }

    /** The acts of the author in one sentence of tokens [start, end); {@code opens} when it opens the element. */
    List<Found> find(List<Token> tokens, Sentences.Range sentence, boolean opens) {
        List<Found> found = new ArrayList<>();
        for (Match verb : candidates(tokens, sentence)) {
            Found f = lexicon.passive().contains(verb.form())
                    ? passiveAct(tokens, verb, sentence) : speakerOf(tokens, verb, sentence, found, opens);
            if (f != null) {
                found.add(f);
                lastSpeakers = f.speakers();
            }
        }
        return found;
    }

    /** Every verb form in the sentence, longest first and without overlaps, passive forms included. */
    private List<Match> candidates(List<Token> tokens, Sentences.Range s) {
        List<Match> all = new ArrayList<>();
        all.addAll(verbs.longest(tokens, s.start(), s.end()));
        all.addAll(passive.longest(tokens, s.start(), s.end()));
        for (Match m : plural.longest(tokens, s.start(), s.end())) {
            boolean coordinated = m.first() > s.start() && lexicon.is("coordinators", tokens.get(m.first() - 1).text());
            if (authors.size() > 1 && (capitals(tokens, m) || coordinated) || denialLength(tokens, m.first()) > 0) {
                all.add(m);
            }
        }
        all.sort((a, b) -> a.first() != b.first() ? Integer.compare(a.first(), b.first())
                : Integer.compare(b.form().length(), a.form().length()));
        List<Match> names = actors.longest(tokens, s.start(), s.end());
        List<Match> kept = new ArrayList<>();
        int end = -1;
        for (Match m : all) {
            boolean inName = names.stream().anyMatch(n -> m.parts().stream().anyMatch(i -> i >= n.first() && i <= n.last()));
            if (m.first() > end && !inName) {
                kept.add(m);
                end = m.last();
            }
        }
        return kept;
    }

    /** A passive act of the author, when its subject names an actor ("the Member States are invited"). */
    private Found passiveAct(List<Token> tokens, Match verb, Sentences.Range sentence) {
        int start = clauseStart(tokens, sentence, verb.first());
        if (actors.longest(tokens, start, verb.first()).isEmpty()) {
            return null;
        }
        return new Found(verb, authors, start, -1, true, negated(tokens, verb, sentence));
    }

    private Found speakerOf(List<Token> tokens, Match verb, Sentences.Range sentence, List<Found> before,
                            boolean opens) {
        int v = verb.first();
        int denial = denialLength(tokens, v);
        boolean pluralForm = lexicon.plural().contains(verb.form()) && denial == 0;
        boolean negated = negated(tokens, verb, sentence);
        if (!pluralForm) {
            int subjectEnd = v - denial;
            for (int start = Math.max(sentence.start(), subjectEnd - 6); start < subjectEnd; start++) {
                for (Match m : names.allAt(tokens, start, subjectEnd)) {
                    if (m.last() == subjectEnd - 1) {
                        boolean relative = start > sentence.start() && lexicon.is("relative", tokens.get(start - 1).text());
                        return relative ? null : new Found(verb, List.of(m.key()), start, -1, false, negated);
                    }
                }
                for (Match m : pronouns.allAt(tokens, start, subjectEnd)) {
                    if (m.last() == subjectEnd - 1 && start == sentence.start()) {
                        return new Found(verb, lastSpeakers, start, -1, false, negated);
                    }
                }
            }
        }
        int c = v - denial - 1;
        if (c >= sentence.start() && lexicon.is("coordinators", tokens.get(c).text()) && !before.isEmpty()) {
            return new Found(verb, before.get(before.size() - 1).speakers(), c, -1, false, negated);
        }
        if (!pluralForm && v > sentence.start() && v + 1 < sentence.end()) {
            Match after = names.longestAt(tokens, v + 1, sentence.end());
            if (after != null) {
                return new Found(verb, List.of(after.key()), v, after.last() + 1, false, negated);
            }
        }
        boolean clauseOpen = v == sentence.start() && opens || opensClause(tokens, v, sentence);
        if (clauseOpen || capitals(tokens, verb) && v - clauseStart(tokens, sentence, v) <= CAPITALS_REACH) {
            List<String> speakers = !before.isEmpty() ? before.get(before.size() - 1).speakers() : authors;
            return new Found(verb, speakers, v, -1, false, negated);
        }
        return null;
    }

    /** Whether the verb opens a clause: it follows a semicolon or colon, or the sentence opens with it. */
    private static boolean opensClause(List<Token> tokens, int v, Sentences.Range sentence) {
        if (v == sentence.start()) {
            return false;
        }
        String before = tokens.get(v - 1).text();
        return before.equals(";") || before.equals(":");
    }

    /** Whether every word of the verb is printed in capitals, as operative verbs of resolutions are. */
    private static boolean capitals(List<Token> tokens, Match verb) {
        for (int i : verb.parts()) {
            String t = tokens.get(i).text();
            if (t.length() < 2 || !t.equals(t.toUpperCase(java.util.Locale.ROOT)) || !t.chars().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a denial stands right before the verb, inside its gap, or right after it. */
    private boolean negated(List<Token> tokens, Match verb, Sentences.Range sentence) {
        for (int i = Math.max(sentence.start(), verb.first() - 2); i < verb.first(); i++) {
            if (lexicon.is("negation", tokens.get(i).text())) {
                return true;
            }
        }
        for (int i = verb.first(); i <= verb.last(); i++) {
            if (!verb.parts().contains(i) && lexicon.is("negation", tokens.get(i).text())) {
                return true;
            }
        }
        int after = verb.last() + 1;
        return after < sentence.end() && lexicon.is("negation", tokens.get(after).text());
    }

    /** How many tokens the denial before the verb takes ("does not": 2). */
    private int denialLength(List<Token> tokens, int v) {
        int n = 0;
        while (v - n - 1 >= 0 && (lexicon.is("negation", tokens.get(v - n - 1).text())
                || lexicon.is("negation-auxiliaries", tokens.get(v - n - 1).text())) && n < 3) {
            n++;
        }
        return n;
    }

    /** The start of the clause holding token {@code at}: after the last semicolon or colon before it. */
    static int clauseStart(List<Token> tokens, Sentences.Range sentence, int at) {
        for (int i = at - 1; i >= sentence.start(); i--) {
            String t = tokens.get(i).text();
            if (t.equals(";") || t.equals(":")) {
                return i + 1;
            }
        }
        return sentence.start();
    }
}
