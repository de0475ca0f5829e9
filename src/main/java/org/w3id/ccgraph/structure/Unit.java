package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of the body as the layout delivers it: a line, or a stretch split out of a glued line, with the
 * marker that opens it and the source ranges of its content.
 *
 * @param line     the 1-based line where it starts
 * @param marker   the sign that opens it, or null
 * @param segments   the source ranges of its content after the marker (more than one when a marker stood
 *                   alone on its line and the content follows on the next)
 * @param afterBreak whether a blank line or page furniture stands before it
 */
record Unit(int line, Marker marker, List<Span> segments, boolean afterBreak) {

    Unit {
        segments = List.copyOf(segments);
    }

    /** The raw content, segments joined by a space. */
    String text(String source) {
        StringBuilder sb = new StringBuilder();
        for (Span s : segments) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(source, s.start(), s.end());
        }
        return sb.toString();
    }

    /** Where the unit starts: its marker or its first segment. */
    int start() {
        return marker != null ? marker.span().start() : segments.isEmpty() ? 0 : segments.get(0).start();
    }

    /** Whether it has no content (a marker alone). */
    boolean empty() {
        return segments.isEmpty() || segments.stream().allMatch(s -> s.start() == s.end());
    }

    /** The unit with another unit's content appended (a marker line and the line after it). */
    Unit join(Unit next) {
        List<Span> all = new ArrayList<>();
        segments.stream().filter(s -> s.start() < s.end()).forEach(all::add);
        all.addAll(next.segments);
        return new Unit(line, marker, all, afterBreak);
    }

    /** The unit without its marker: its content read as plain text. */
    Unit unmarked() {
        if (marker == null) {
            return this;
        }
        List<Span> all = new ArrayList<>();
        all.add(new Span(marker.span().start(), segments.isEmpty() ? marker.span().end()
                : segments.get(0).end()));
        all.addAll(segments.subList(Math.min(1, segments.size()), segments.size()));
        return new Unit(line, null, all, afterBreak);
    }
}
