package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;
import org.w3id.ccgraph.structure.ConclusionsDocument;
import org.w3id.ccgraph.structure.Markup;
import org.w3id.ccgraph.structure.Span;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Finds the speech acts of a document's author in one subdivision at a time, and the obligations of the
 * directive ones. A verb from the lexicon is an act of the author when its subject is a speaker form: right
 * before it ("The Council calls on"), a sentence-initial pronoun ("It calls on"), right after its first word
 * after an opening adverbial ("In this context encourages the Council"), a coordinated verb of an earlier act
 * in the sentence ("... and calls on"), or a verb that opens the subdivision ("INVITES ...").
 */
final class ActFinder {

    private final ExtractionLexicon lexicon;
    private final Set<String> directive;
    private final FormMatcher verbs;
    private final FormMatcher names;
    private final FormMatcher pronouns;
    private final FormMatcher actors;
    private final String defaultSpeaker;
    private String lastSpeaker;

    /** An act found in a sentence, before its scope is known. */
    private record Found(Match verb, String speaker, int subjectStart, int subjectAfterEnd) {
    }

    ActFinder(ExtractionLexicon lexicon, Set<String> directive) {
        this.lexicon = lexicon;
        this.directive = directive;
        this.verbs = new FormMatcher(lexicon.verbs(), w -> lexicon.is("gap-stops", w));
        this.names = new FormMatcher(speakers(ExtractionLexicon.Speaker.Kind.NAME), w -> true);
        this.pronouns = new FormMatcher(speakers(ExtractionLexicon.Speaker.Kind.PRONOUN), w -> true);
        this.actors = new FormMatcher(lexicon.actors(), w -> true);
        this.defaultSpeaker = lexicon.speakers().stream().filter(s -> s.kind() == ExtractionLexicon.Speaker.Kind.PRONOUN)
                .map(s -> s.form().key()).findFirst().orElse(null);
        this.lastSpeaker = defaultSpeaker;
    }

    private List<Form> speakers(ExtractionLexicon.Speaker.Kind kind) {
        return lexicon.speakers().stream().filter(s -> s.kind() == kind).map(ExtractionLexicon.Speaker::form).toList();
    }

    /** Adds the acts and obligations of one subdivision, read through its view. */
    void find(ConclusionsDocument doc, Subdivision sub, TextView view, List<SpeechAct> acts, List<Obligation> obligations,
              List<Diagnostic> diagnostics) {
        List<Token> tokens = view.tokens();
        List<Match> named = actors.longest(tokens, 0, tokens.size());
        List<String> subPoints = doc.subdivisions().stream().filter(s -> sub.number().equals(s.parent()))
                .map(Subdivision::number).toList();
        int index = acts.stream().filter(a -> a.subdivision().equals(sub.number())).mapToInt(a -> 1).sum();
        for (Sentences.Range sentence : Sentences.of(tokens)) {
            List<Found> found = speechActs(tokens, sentence, sentence.start() == 0);
            int end = sentence.end();
            if (end > sentence.start() && tokens.get(end - 1).text().equals(".")) {
                end--;
            }
            for (int k = 0; k < found.size(); k++) {
                Found f = found.get(k);
                int scopeEnd = k + 1 < found.size() ? scopeBoundary(tokens, found.get(k + 1), f) : end;
                Span sentenceSpan = view.source(tokens.get(sentence.start()).start(), tokens.get(sentence.end() - 1).end());
                int from = f.verb().first();
                Span scope = view.source(tokens.get(from).start(), tokens.get(Math.max(from, scopeEnd - 1)).end());
                Request request = request(tokens, f, scopeEnd, named);
                boolean list = !subPoints.isEmpty() && request.isEmptyObject(tokens);
                SpeechAct act = new SpeechAct(sub.number(), ++index, f.verb().key(), f.speaker(),
                        surface(tokens, f.verb()), sentenceSpan, scope, list ? subPoints : List.of());
                acts.add(act);
                if (directive.contains(act.act())) {
                    obligations(doc, sub, view, tokens, act, request, list, subPoints, obligations);
                    if (request.addressees().isEmpty()) {
                        diagnostics.add(new Diagnostic(Severity.WARNING, "NO ADDRESSEE",
                                doc.source().location(view.source(tokens.get(from).start(), tokens.get(from).end()).start()),
                                "\"" + act.surfaceForm() + "\" names no addressee; expected an actor before \""
                                        + String.join("|", lexicon.words("infinitive")) + "\""));
                    }
                }
            }
        }
    }

    private void obligations(ConclusionsDocument doc, Subdivision sub, TextView view, List<Token> tokens, SpeechAct act,
                             Request request, boolean list, List<String> subPoints, List<Obligation> obligations) {
        if (list) {
            for (String number : subPoints) {
                Subdivision point = doc.subdivision(number).orElseThrow();
                obligations.add(new Obligation(act, number, next(obligations, number), request.addressees(),
                        point.text(), point.span()));
            }
        } else {
            int a = request.actionStart();
            int b = request.actionEnd();
            String action = a < b ? Markup.clean(view.text().substring(tokens.get(a).start(), tokens.get(b - 1).end())) : "";
            obligations.add(new Obligation(act, sub.number(), next(obligations, sub.number()), request.addressees(),
                    action, act.scope()));
        }
    }

    private static int next(List<Obligation> obligations, String subdivision) {
        return (int) obligations.stream().filter(o -> o.subdivision().equals(subdivision)).count() + 1;
    }

    /** Who is asked and where the requested action (or, for other acts, the object) stands, in token indexes. */
    private record Request(List<String> addressees, int actionStart, int actionEnd) {
        /** Whether no word follows: the act heads a list of sub-points. */
        boolean isEmptyObject(List<Token> tokens) {
            for (int i = actionStart; i < actionEnd; i++) {
                if (tokens.get(i).word()) {
                    return false;
                }
            }
            return true;
        }
    }

    private Request request(List<Token> tokens, Found f, int scopeEnd, List<Match> named) {
        Match verb = f.verb();
        int marker = -1;
        for (int i = verb.last() + 1; i < scopeEnd; i++) {
            if (i >= f.subjectAfterEnd() && lexicon.is("infinitive", tokens.get(i).text())) {
                marker = i;
                break;
            }
        }
        int objectStart = Math.max(verb.last() + 1, f.subjectAfterEnd());
        if (marker < 0) {
            return new Request(List.of(), objectStart, scopeEnd);
        }
        List<String> addressees = new ArrayList<>();
        final int until = marker;
        for (int i = verb.first() + 1; i < marker; i++) {
            if (verb.parts().contains(i) || i < f.subjectAfterEnd()) {
                continue;
            }
            final int at = i;
            Match m = named.stream().filter(n -> n.first() == at && n.last() < until).findFirst().orElse(null);
            if (m != null) {
                addIfNew(addressees, m.key());
                i = m.last();
            } else if (lexicon.is("anaphora", tokens.get(i).text())) {
                String resolved = antecedent(named, verb.first(), f.speaker());
                if (resolved != null) {
                    addIfNew(addressees, resolved);
                }
            }
        }
        return new Request(addressees, marker + 1, scopeEnd);
    }

    private static void addIfNew(List<String> list, String key) {
        if (!list.contains(key)) {
            list.add(key);
        }
    }

    /** The last actor named before token {@code before} that is not the speaker. */
    private static String antecedent(List<Match> named, int before, String speaker) {
        String found = null;
        for (Match m : named) {
            if (m.last() < before && !m.key().equals(speaker)) {
                found = m.key();
            }
        }
        return found;
    }

    private List<Found> speechActs(List<Token> tokens, Sentences.Range sentence, boolean opensSubdivision) {
        List<Found> found = new ArrayList<>();
        for (Match verb : verbs.longest(tokens, sentence.start(), sentence.end())) {
            Found f = speakerOf(tokens, verb, sentence, found, opensSubdivision);
            if (f != null) {
                found.add(f);
                lastSpeaker = f.speaker();
            }
        }
        return found;
    }

    private Found speakerOf(List<Token> tokens, Match verb, Sentences.Range sentence, List<Found> before,
                            boolean opensSubdivision) {
        int v = verb.first();
        for (int start = Math.max(sentence.start(), v - 6); start < v; start++) {
            for (Match m : names.allAt(tokens, start, v)) {
                if (m.last() == v - 1) {
                    return new Found(verb, m.key(), start, -1);
                }
            }
            for (Match m : pronouns.allAt(tokens, start, v)) {
                if (m.last() == v - 1 && start == sentence.start()) {
                    return new Found(verb, lastSpeaker != null ? lastSpeaker : m.key(), start, -1);
                }
            }
        }
        int c = v - 1;
        if (c >= sentence.start() && lexicon.is("coordinators", tokens.get(c).text()) && !before.isEmpty()) {
            return new Found(verb, before.get(before.size() - 1).speaker(), c, -1);
        }
        if (v > sentence.start() && v + 1 < sentence.end()) {
            Match after = names.longestAt(tokens, v + 1, sentence.end());
            if (after != null) {
                return new Found(verb, after.key(), v, after.last() + 1);
            }
        }
        if (v == sentence.start() && opensSubdivision && defaultSpeaker != null) {
            return new Found(verb, defaultSpeaker, v, -1);
        }
        return null;
    }

    /** Where the scope of an act ends: before the next act's subject, coordinator and comma. */
    private int scopeBoundary(List<Token> tokens, Found next, Found current) {
        int b = Math.min(next.subjectStart(), next.verb().first());
        while (b > current.verb().last() + 1 && (tokens.get(b - 1).text().equals(",")
                || lexicon.is("coordinators", tokens.get(b - 1).text()))) {
            b--;
        }
        return b;
    }

    private static String surface(List<Token> tokens, Match verb) {
        StringBuilder sb = new StringBuilder();
        for (int i : verb.parts()) {
            sb.append(sb.length() == 0 ? "" : " ").append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
