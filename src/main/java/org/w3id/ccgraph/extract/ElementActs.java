package org.w3id.ccgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.Diagnostic;
import org.w3id.ccgraph.Severity;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.extract.FormMatcher.Match;
import org.w3id.ccgraph.extract.Tokens.Token;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Markup;
import org.w3id.ccgraph.structure.Span;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * The acts of the author in one element and the obligations of the directive ones. An act whose object is
 * empty ("INVITES THE COMMISSION to", "recalls:") heads the element's points or a block's paragraphs: it
 * concerns each of them, and a directive one asks its addressees what each of them says.
 */
final class ElementActs {

    private final ExtractionLexicon lexicon;
    private final ActKinds kinds;
    private final ActFinder finder;
    private final Requests requests;
    private final TimingFinder timings;
    private final FormMatcher actors;

    ElementActs(ExtractionLexicon lexicon, ActKinds kinds, List<String> authors) {
        this.lexicon = lexicon;
        this.kinds = kinds;
        this.finder = new ActFinder(lexicon, authors);
        this.requests = new Requests(lexicon);
        this.timings = new TimingFinder(lexicon);
        this.actors = new FormMatcher(lexicon.actors(), w -> true);
    }

    /** Adds the acts and obligations of one element, read through its view. */
    void find(CouncilText doc, Subdivision el, TextView view, Found out, java.util.Map<String, List<Subdivision>> tree) {
        List<Token> tokens = view.tokens();
        List<Match> named = actors.longest(tokens, 0, tokens.size());
        List<Subdivision> children = listed(tree.getOrDefault(el.path(), List.of()).stream()
                .filter(c -> c.kind() != Subdivision.Kind.BLOCK && c.kind() != Subdivision.Kind.ANNEX).toList());
        List<String> childPaths = children.stream().map(Subdivision::path).toList();
        int index = 0;
        for (Sentences.Range sentence : Sentences.of(tokens)) {
            List<ActFinder.Found> found = finder.find(tokens, sentence, sentence.start() == 0);
            int end = sentence.end();
            if (end > sentence.start() && tokens.get(end - 1).text().equals(".")) {
                end--;
            }
            for (int k = 0; k < found.size(); k++) {
                ActFinder.Found f = found.get(k);
                int scopeEnd = k + 1 < found.size() ? boundary(tokens, found.get(k + 1), f) : end;
                Span sentenceSpan = view.source(tokens.get(sentence.start()).start(), tokens.get(sentence.end() - 1).end());
                int from = f.verb().first();
                Span scope = view.source(tokens.get(from).start(), tokens.get(Math.max(from, scopeEnd - 1)).end());
                Requests.Request request = kinds.withoutAddressee().contains(f.verb().key())
                        ? requests.object(tokens, f, scopeEnd) : requests.of(tokens, f, scopeEnd, named);
                boolean list = !children.isEmpty() && (request.isEmptyObject(tokens, lexicon)
                        || el.kind() == Subdivision.Kind.BLOCK && k == 0);
                SpeechAct act = new SpeechAct(el.path(), ++index, f.verb().key(), f.speakers(), surface(tokens, f.verb()),
                        sentenceSpan, scope, list ? childPaths : List.of(), f.negated());
                out.acts.add(act);
                if (kinds.directive().contains(act.act()) && !act.negated()) {
                    obligations(doc, el, view, tokens, act, request, list ? children : List.of(), out);
                    if (request.addressees().isEmpty() && !kinds.withoutAddressee().contains(act.act())) {
                        out.diagnostics.add(new Diagnostic(Severity.WARNING, Title.NO_ADDRESSEE,
                                doc.source().location(view.source(tokens.get(from).start(), tokens.get(from).end()).start()),
                                "\"" + act.surfaceForm() + "\" names no addressee; expected an actor before \""
                                        + String.join("|", lexicon.words("infinitive")) + "\""));
                    }
                }
            }
        }
    }

    private void obligations(CouncilText doc, Subdivision el, TextView view, List<Token> tokens, SpeechAct act,
                             Requests.Request request, List<Subdivision> points, Found out) {
        String text = doc.source().text();
        if (!points.isEmpty()) {
            for (Subdivision point : points) {
                if (point.text().isEmpty()) {
                    continue;
                }
                out.obligations.add(new Obligation(act, point.path(), out.next(point.path()), request.addressees(),
                        point.text(), point.span(), timings.find(text, point.span())));
            }
            return;
        }
        int a = request.actionStart();
        int b = request.actionEnd();
        while (a < b && !tokens.get(a).word() && !tokens.get(a).text().equals("(")) {
            a++;
        }
        String action = a < b ? Markup.clean(view.text().substring(tokens.get(a).start(), tokens.get(b - 1).end())) : "";
        int from = act.scope().start();
        Span span = a < b ? new Span(from, Math.max(from, view.source(tokens.get(a).start(), tokens.get(b - 1).end()).end()))
                : act.scope();
        out.obligations.add(new Obligation(act, el.path(), out.next(el.path()), request.addressees(), action, span,
                timings.find(text, span)));
    }

    /**
     * The elements a heading lists: its numbered, lettered or dashed items when it has any (a paragraph
     * without number after the list is not one of them), else every element under it.
     */
    private static List<Subdivision> listed(List<Subdivision> children) {
        List<Subdivision> signed = children.stream().filter(c -> c.marker() != null).toList();
        return signed.isEmpty() ? children : signed;
    }

    /** Where the scope of an act ends: before the next act's subject, coordinator and comma. */
    private int boundary(List<Token> tokens, ActFinder.Found next, ActFinder.Found current) {
        int b = Math.min(next.subjectStart(), next.verb().first());
        while (b > current.verb().last() + 1 && (tokens.get(b - 1).text().equals(",")
                || lexicon.is("coordinators", tokens.get(b - 1).text()))) {
            b--;
        }
        return Math.max(b, current.verb().last() + 1);
    }

    private static String surface(List<Token> tokens, Match verb) {
        StringBuilder sb = new StringBuilder();
        for (int i : verb.parts()) {
            sb.append(sb.length() == 0 ? "" : " ").append(tokens.get(i).text());
        }
        return sb.toString();
    }

    /** What the finders add to, for one document. */
    static final class Found {
        final List<SpeechAct> acts = new ArrayList<>();
        final List<Obligation> obligations = new ArrayList<>();
        final List<Diagnostic> diagnostics = new ArrayList<>();
        private final java.util.Map<String, Integer> counts = new java.util.HashMap<>();

        int next(String path) {
            return counts.merge(path, 1, Integer::sum);
        }
    }
}
