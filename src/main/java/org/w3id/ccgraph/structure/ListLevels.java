package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import org.w3id.ccgraph.structure.Marker.Style;

/**
 * The open lists of one container while its units are read: each level holds the style of its signs, the
 * element that last opened an item there and the last value. A sign of a style already open closes the
 * deeper levels and continues that list; a new style opens a list inside the last item. A label that reads
 * both as a letter and as a numeral ("i", "v", "x") continues whichever open list it follows; numbers written
 * "1." and "(1)" continue each other's list when the value follows on.
 */
final class ListLevels {

    /** One open list. */
    static final class Level {
        final Style style;
        final String path;
        final int value;
        /** The path its items hang under: the parent's path, or a path of its own for a list that started afresh. */
        final String base;

        Level(Style style, String path, int value, String base) {
            this.style = style;
            this.path = path;
            this.value = value;
            this.base = base;
        }
    }

    /** Where a sign goes: its depth (0 for the container's own list), the sign as read, and the parent path. */
    record Place(int depth, Marker marker, String parentPath, Level previous) {
    }

    private final List<Level> levels = new ArrayList<>();

    /** Forgets every open list (a new container begins). */
    void clear() {
        levels.clear();
    }

    /** Whether no list is open. */
    boolean isEmpty() {
        return levels.isEmpty();
    }

    /** Closes the innermost list when it is a list of dashes. */
    void closeDashes() {
        if (!levels.isEmpty() && levels.get(levels.size() - 1).style == Style.DASH) {
            levels.remove(levels.size() - 1);
        }
    }

    /** The place of a sign; the levels are not changed until {@link #open}. */
    Place place(Marker marker, String containerPath) {
        Marker m = resolve(marker);
        for (int k = levels.size() - 1; k >= 0; k--) {
            Level l = levels.get(k);
            if (l.style == m.style() || l.style.numeric() && m.style().numeric() && m.value() == l.value + 1) {
                return new Place(k, m.as(l.style), k == 0 ? containerPath : levels.get(k - 1).path, l);
            }
        }
        int depth = levels.size();
        return new Place(depth, m, depth == 0 ? containerPath : levels.get(depth - 1).path, null);
    }

    /** Records the element at a place: it is the current item of its level, deeper levels are closed. */
    void open(Place place, String path, String base) {
        while (levels.size() > place.depth()) {
            levels.remove(levels.size() - 1);
        }
        levels.add(new Level(place.marker().style(), path, place.marker().value(), base));
    }

    /** The sign with an ambiguous label read as the style of the open list it continues. */
    private Marker resolve(Marker marker) {
        if (!marker.ambiguous()) {
            return marker;
        }
        boolean upper = Character.isUpperCase(marker.label().charAt(0));
        Style letter = upper ? Style.UPPER_LETTER : Style.LETTER;
        Style roman = upper ? Style.UPPER_ROMAN : Style.ROMAN;
        for (int k = levels.size() - 1; k >= 0; k--) {
            Level l = levels.get(k);
            if ((l.style == letter || l.style == roman) && marker.as(l.style).value() == l.value + 1) {
                return marker.as(l.style);
            }
        }
        return marker.as(marker.as(roman).value() == 1 ? roman : marker.style());
    }
}
