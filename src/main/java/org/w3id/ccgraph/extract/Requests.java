package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;

/**
 * Reads what a directive act asks of whom: the addressees are the actors between the verb and the infinitive
 * marker ("calls on the Commission and the Member States to"), a pronoun there standing for the last actor
 * named before; for a passive verb they are the actors of its subject ("the Member States are invited to").
 * The requested action runs from the marker to the end of its clause (a semicolon, the sentence end, or the
 * next act), never beyond.
 */
final class Requests {

    /**
     * Who is asked and where the requested action (or, for other acts, the object) stands, in token indexes.
     *
     * @param addressees  actor keys
     * @param actionStart first token of the action
     * @param actionEnd   token after the action
     */
    record Request(List<String> addressees, int actionStart, int actionEnd) {
        /** Whether no word but a complementizer ("that") follows: the act heads a list of points. */
        boolean isEmptyObject(List<Token> tokens, ExtractionLexicon lexicon) {
            for (int i = actionStart; i < actionEnd; i++) {
                if (tokens.get(i).word() && !lexicon.is("complementizers", tokens.get(i).text())) {
                    return false;
                }
            }
            return true;
        }
    }

    private final ExtractionLexicon lexicon;

    Requests(ExtractionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The request of an act whose scope ends before token {@code scopeEnd}. */
    Request of(List<Token> tokens, ActFinder.Found f, int scopeEnd, List<Match> named) {
        Match verb = f.verb();
        int marker = -1;
        int from = f.passive() ? verb.last() + 1 : Math.max(verb.last() + 1, f.subjectAfterEnd());
        int limit = f.passive() ? Math.min(scopeEnd, verb.last() + 14) : scopeEnd;
        for (int i = verb.last() + 1; i < limit; i++) {
            if (i >= from && lexicon.is("infinitive", tokens.get(i).text())) {
                marker = i;
                break;
            }
        }
        List<String> addressees = new ArrayList<>();
        if (f.passive()) {
            addressees(tokens, f.subjectStart(), verb.first(), named, verb, addressees, f);
        } else if (marker >= 0) {
            addressees(tokens, verb.first() + 1, marker, named, verb, addressees, f);
        }
        if (marker < 0) {
            int end = clauseEnd(tokens, from, scopeEnd);
            List<String> named2 = onlyActors(tokens, from, end, named);
            if (!f.passive() && named2 != null && !named2.isEmpty()) {
                return new Request(named2, end, end);
            }
            return new Request(addressees, from, end);
        }
        return new Request(addressees, marker + 1, clauseEnd(tokens, marker + 1, scopeEnd));
    }

    /**
     * The actors named in [from, end) when nothing else stands there but joiners and punctuation ("INVITES THE
     * COMMISSION:", "CALLS UPON THE MEMBER STATES"): a heading whose list says what they are asked; else null.
     */
    private List<String> onlyActors(List<Token> tokens, int from, int end, List<Match> named) {
        List<String> found = new ArrayList<>();
        for (int i = from; i < end; i++) {
            final int at = i;
            Match m = named.stream().filter(n -> n.first() == at && n.last() < end).findFirst().orElse(null);
            if (m != null) {
                if (!found.contains(m.key())) {
                    found.add(m.key());
                }
                i = m.last();
            } else if (tokens.get(i).word() && !lexicon.is("addressee-joiners", tokens.get(i).text())
                    && !lexicon.is("complementizers", tokens.get(i).text())) {
                return null;
            }
        }
        return found;
    }

    /** The object of an act that asks for something rather than asking someone ("calls for ..."). */
    Request object(List<Token> tokens, ActFinder.Found f, int scopeEnd) {
        int from = f.verb().last() + 1;
        return new Request(List.of(), from, clauseEnd(tokens, from, scopeEnd));
    }

    private void addressees(List<Token> tokens, int from, int until, List<Match> named, Match verb, List<String> out,
                            ActFinder.Found f) {
        for (int i = from; i < until; i++) {
            if (verb.parts().contains(i) || i < f.subjectAfterEnd()) {
                continue;
            }
            final int at = i;
            Match m = named.stream().filter(n -> n.first() == at && n.last() < until).findFirst().orElse(null);
            if (m != null) {
                if (!out.contains(m.key())) {
                    out.add(m.key());
                }
                i = m.last();
            } else if (lexicon.is("anaphora", tokens.get(i).text())) {
                String resolved = antecedent(named, verb.first(), f.speakers());
                if (resolved != null && !out.contains(resolved)) {
                    out.add(resolved);
                }
            }
        }
    }

    /** The last actor named before token {@code before} that is not a speaker. */
    private static String antecedent(List<Match> named, int before, List<String> speakers) {
        String found = null;
        for (Match m : named) {
            if (m.last() < before && !speakers.contains(m.key())) {
                found = m.key();
            }
        }
        return found;
    }

    /** The end of the clause that starts at {@code from}: its first semicolon outside brackets, or {@code end}. */
    private static int clauseEnd(List<Token> tokens, int from, int end) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            String t = tokens.get(i).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else if (t.equals(";") && depth == 0) {
                return i;
            }
        }
        return end;
    }
}
