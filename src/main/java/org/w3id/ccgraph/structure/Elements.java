package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.structure.Subdivision.Kind;

/**
 * The elements and footnotes of a text as the {@link BodyBuilder} finds them, and what it takes to finish
 * them: their paths, their anchors, their clean texts, and the record of each numbered list for the checks.
 */
final class Elements {

    /** An element being read. */
    static final class Element {
        final Kind kind;
        String path;
        final String number;
        String parent;
        final Span marker;
        final Span heading;
        final List<Span> segments = new ArrayList<>();

        Element(Kind kind, String path, String number, String parent, Span marker, List<Span> segments, Span heading) {
            this.kind = kind;
            this.path = path;
            this.number = number;
            this.parent = parent;
            this.marker = marker;
            this.heading = heading;
            add(segments);
        }

        void add(List<Span> more) {
            more.stream().filter(s -> s.end() > s.start()).forEach(segments::add);
        }
    }

    /** A footnote being read. */
    final class Note {
        final String part;
        final int number;
        final Span marker;
        final List<Span> segments = new ArrayList<>();

        Note(String part, int number, Span marker, List<Span> segments) {
            this.part = part;
            this.number = number;
            this.marker = marker;
            add(segments);
        }

        void add(List<Span> more) {
            more.stream().filter(s -> s.end() > s.start()).forEach(segments::add);
        }

        /** Whether its text so far ends a sentence. */
        boolean endsSentence() {
            if (segments.isEmpty()) {
                return false;
            }
            String t = segments.get(segments.size() - 1).of(source.text()).strip();
            return !t.isEmpty() && ".;".indexOf(t.charAt(t.length() - 1)) >= 0;
        }
    }

    /** A numbered element and the list it belongs to, for the numbering checks. */
    record Numbered(String list, Marker marker, String path) {
        Numbered moved(String from, String to) {
            return new Numbered(Elements.moved(list, from, to), marker, Elements.moved(path, from, to));
        }
    }

    private final SourceText source;
    private final Layout layout;
    private final List<Element> elements = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<Numbered> numbered = new ArrayList<>();
    private final List<Numbered> repeats = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> paths = new HashSet<>();
    private final Map<String, Integer> paragraphs = new HashMap<>();
    private Field speaker;

    Elements(SourceText source, Layout layout) {
        this.source = source;
        this.layout = layout;
    }

    /** A new element; a path already given (a number repeated in its list) gets a suffix: "p/3-2". */
    Element element(Kind kind, String path, String number, String parent, Span marker, List<Span> segments, Span heading) {
        if (kind == Kind.PARAGRAPH && number != null && paths.contains(path)) {
            // an unnumbered paragraph before the list took "p/N" by its position: the printed number wins,
            // the unnumbered paragraph moves to "p/uN"
            Element holder = find(path);
            int at = path.lastIndexOf("p/");
            String aside = path.substring(0, at) + "p/u" + path.substring(at + 2);
            if (holder != null && holder.kind == Kind.PARAGRAPH && holder.number == null && !paths.contains(aside)) {
                move(path, aside);
            }
        }
        String unique = path;
        for (int k = 2; paths.contains(unique); k++) {
            unique = path + "-" + k;
        }
        paths.add(unique);
        if (kind == Kind.PARAGRAPH) {
            paragraphs.merge(unique.substring(0, unique.lastIndexOf("p/")), 1, Integer::sum);
        }
        Element e = new Element(kind, unique, number, parent, marker, segments, heading);
        elements.add(e);
        return e;
    }

    /** Gives an element and everything under it a new path. */
    private void move(String from, String to) {
        for (Element e : elements) {
            e.path = moved(e.path, from, to);
            e.parent = moved(e.parent, from, to);
        }
        Set<String> old = Set.copyOf(paths);
        paths.clear();
        old.forEach(p -> paths.add(moved(p, from, to)));
        numbered.replaceAll(n -> n.moved(from, to));
        repeats.replaceAll(n -> n.moved(from, to));
        Map<String, Integer> counted = Map.copyOf(counts);
        counts.clear();
        counted.forEach((k, v) -> counts.put(moved(k, from, to), v));
    }

    /** A path, list or counter key under {@code from} moved under {@code to}; anything else as it was. */
    static String moved(String path, String from, String to) {
        if (path == null) {
            return null;
        }
        if (path.equals(from) || path.startsWith(from + "/") || path.startsWith(from + "|")) {
            return to + path.substring(from.length());
        }
        return path;
    }

    /** The number of the next block in a container ("" or "annex/N/"). */
    int nextBlock(String within) {
        return next(within + "block");
    }

    /** Takes back the last element (it turned out to be a heading); returns it. */
    Element removeLast(Element e) {
        elements.remove(e);
        paths.remove(e.path);
        if (e.kind == Kind.PARAGRAPH) {
            paragraphs.merge(e.path.substring(0, e.path.lastIndexOf("p/")), -1, Integer::sum);
        }
        return e;
    }

    /** The element at a path, or null. */
    Element find(String path) {
        if (path == null) {
            return null;
        }
        for (int i = elements.size() - 1; i >= 0; i--) {
            if (elements.get(i).path.equals(path)) {
                return elements.get(i);
            }
        }
        return null;
    }

    /** The next recital: "recital/N", numbered in document order. */
    Element recital(Marker marker, List<Span> segments, Span heading) {
        int n = next("recital");
        return element(Kind.RECITAL, "recital/" + n, marker == null ? null : marker.label(), null,
                marker == null ? null : marker.span(), segments, heading);
    }

    /** The next indent (dash item) under an element: "{parent}/indent-N". */
    Element indent(String parent, Span marker, List<Span> segments) {
        String base = parent == null ? "" : parent + "/";
        return element(Kind.INDENT, base + "indent-" + next(base + "indent"), null, parent, marker, segments, null);
    }

    /** The next paragraph without a number in a container: "{container}p/N", N counting all its paragraphs. */
    Element unnumbered(String container, String parent, List<Span> segments) {
        int n = paragraphs.getOrDefault(container, 0) + 1;
        String path = container + "p/" + n;
        if (paths.contains(path)) {
            path = container + "p/u" + n;
        }
        return element(Kind.PARAGRAPH, path, null, parent, null, segments, null);
    }

    /** Whether an element's text so far ends a sentence or a clause (a full stop, semicolon, colon or comma closes it). */
    boolean endsSentence(Element e) {
        if (e.segments.isEmpty()) {
            return false;
        }
        String t = e.segments.get(e.segments.size() - 1).of(source.text()).strip();
        return !t.isEmpty() && ".;:!?,".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Records a numbered element in its list (the list is named by the path its items hang under). */
    void numbered(ListLevels.Place place, String base, Element e) {
        if (place.marker().style().counts()) {
            numbered.add(new Numbered(base + "|" + place.marker().style(), place.marker(), e.path));
        }
    }

    /** Notes a number that does not follow on in its list (it repeats or goes back). */
    void repeat(Marker marker, String previous) {
        repeats.add(new Numbered("", marker, previous));
    }

    /** The numbers that did not follow on, with the path of the item before them. */
    List<Numbered> repeats() {
        return List.copyOf(repeats);
    }

    /** The number of the next list that starts afresh under an element (the first is its own list). */
    int nextList(String parent) {
        return next(parent + "#lists") + 1;
    }

    /** A new footnote in a part ("" or "annex/N"). */
    Note note(String part, Unit u) {
        Note n = new Note(part, u.marker().value(), u.marker().span(), u.segments());
        notes.add(n);
        return n;
    }

    /** The footnote number expected next in a part. */
    int nextNote(String part) {
        return (int) notes.stream().filter(n -> n.part.equals(part)).count() + 1;
    }

    /** Whether the text of the part read so far holds an anchor for footnote {@code n}. */
    boolean anchorBefore(String part, int n) {
        StringBuilder text = new StringBuilder();
        for (Element e : elements) {
            if (Paths.part(e.path).equals(part)) {
                for (Span s : e.segments) {
                    text.append(s.of(source.text())).append(' ');
                }
            }
        }
        return Footnotes.hasAnchor(text, 0, n);
    }

    /** The speaker formula, when the preamble has one. */
    void speaker(Field formula) {
        this.speaker = formula;
    }

    /** The speaker formula, or null. */
    Field speaker() {
        return speaker;
    }

    private int next(String key) {
        return counts.merge(key, 1, Integer::sum);
    }

    /** The numbered elements with their lists, in document order. */
    List<Numbered> numbered() {
        return List.copyOf(numbered);
    }

    /** The finished footnotes and elements: anchors found, texts cleaned, each note tied to its first anchor. */
    Finished finish() {
        Map<String, Set<Integer>> numbers = new LinkedHashMap<>();
        for (Note n : notes) {
            numbers.computeIfAbsent(n.part, k -> new TreeSet<>()).add(n.number);
        }
        Map<String, int[]> nextGlued = new HashMap<>();
        List<Subdivision> subs = new ArrayList<>();
        Map<String, String> anchoredIn = new HashMap<>();
        for (Element e : elements) {
            String part = Paths.part(e.path);
            int[] next = nextGlued.computeIfAbsent(part, k -> new int[] {1});
            List<Anchor> anchors = Footnotes.anchors(source.text(), e.segments, numbers.getOrDefault(part, Set.of()),
                    layout.plainNumberFootnotes(), next);
            for (Anchor a : anchors) {
                anchoredIn.putIfAbsent(part + "#" + a.number(), e.path);
            }
            subs.add(new Subdivision(e.kind, e.path, e.number, e.parent, e.marker,
                    clean(e.segments, anchors), e.segments, anchors, e.heading));
        }
        List<Footnote> footnotes = new ArrayList<>();
        for (Note n : notes) {
            String prefix = n.part.isEmpty() ? "" : n.part + "/";
            footnotes.add(new Footnote(prefix + "fn/" + n.number, n.number, Markup.clean(source.text(), n.segments),
                    n.segments, n.marker, anchoredIn.get(n.part + "#" + n.number)));
        }
        return new Finished(subs, footnotes);
    }

    /** Finished elements and footnotes. */
    record Finished(List<Subdivision> subdivisions, List<Footnote> footnotes) {
    }

    /** The clean text of segments with the anchors left out (and the space before an anchor that punctuation follows). */
    private String clean(List<Span> segments, List<Anchor> anchors) {
        if (anchors.isEmpty()) {
            return Markup.clean(source.text(), segments);
        }
        String text = source.text();
        StringBuilder raw = new StringBuilder();
        for (Span s : segments) {
            int from = s.start();
            for (Anchor a : anchors) {
                if (a.span().start() >= from && a.span().end() <= s.end()) {
                    raw.append(text, from, a.span().start());
                    from = a.span().end();
                    if (from < s.end() && ",.;:)".indexOf(text.charAt(from)) >= 0) {
                        while (raw.length() > 0 && Character.isWhitespace(raw.charAt(raw.length() - 1))) {
                            raw.setLength(raw.length() - 1);
                        }
                    }
                }
            }
            raw.append(text, from, s.end()).append(' ');
        }
        return Markup.clean(raw.toString());
    }
}
