package org.w3id.ccgraph.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.w3id.ccgraph.BundledFiles;

/**
 * A publication layout of Council texts, read from {@code layout/<name>.properties}: how its header is
 * read, whether its body runs on few lines (glued) or a line per unit, whether a line always starts a new
 * paragraph, the signs that recognise it and the page furniture left out of element texts.
 *
 * @param name                 the layout's name ("register", "oj", "eurlex", "plain")
 * @param label                what the layout is, in English
 * @param header               how its header is read
 * @param glued                whether elements are split out of long lines at their markers
 * @param linesAreParagraphs   whether an unmarked line starts a new paragraph rather than continuing one
 * @param plainNumberFootnotes whether a line "N text" may be a footnote printed at a page bottom
 * @param signs                patterns that recognise the layout in the first lines
 * @param furniture            patterns of lines that are page furniture, not text
 * @param publication          the pattern of the act's publication number, with group {@code number}; or null
 */
public record Layout(String name, String label, HeaderStyle header, boolean glued, boolean linesAreParagraphs,
                     boolean plainNumberFootnotes, List<Pattern> signs, List<Pattern> furniture, Pattern publication) {

    /** How a layout's header is read. */
    public enum HeaderStyle { REGISTER, OJ, EURLEX, NONE }

    private static final String FOLDER = "layout/";
    private static final Map<String, Layout> LOADED = new ConcurrentHashMap<>();

    public Layout {
        signs = List.copyOf(signs);
        furniture = List.copyOf(furniture);
    }

    /** The names of every layout, in the order of {@code layout/layouts.txt}. */
    public static List<String> names() {
        return BundledFiles.lines(FOLDER + "layouts.txt");
    }

    /** The layout of a name; an {@link IllegalArgumentException} names the known ones when there is none. */
    public static Layout of(String name) {
        if (!names().contains(name)) {
            throw new IllegalArgumentException("unknown layout '" + name + "'; expected one of " + names());
        }
        return LOADED.computeIfAbsent(name, Layout::read);
    }

    private static Layout read(String name) {
        Properties p = BundledFiles.properties(FOLDER + name + ".properties");
        return new Layout(name, p.getProperty("label", name),
                HeaderStyle.valueOf(p.getProperty("header", "none").toUpperCase(Locale.ROOT)),
                "glued".equals(p.getProperty("segmentation")),
                Boolean.parseBoolean(p.getProperty("lines-are-paragraphs")),
                Boolean.parseBoolean(p.getProperty("plain-number-footnotes")),
                patterns(p, "detect."), patterns(p, "furniture."),
                p.getProperty("publication") == null ? null : Pattern.compile(p.getProperty("publication")));
    }

    /** The patterns of every key that starts with {@code prefix}, in key order. */
    static List<Pattern> patterns(Properties p, String prefix) {
        List<Pattern> found = new ArrayList<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).sorted()
                .forEach(k -> found.add(Pattern.compile(p.getProperty(k))));
        return found;
    }

    /** Whether a line is page furniture of this layout. */
    public boolean isFurniture(String line) {
        for (Pattern f : furniture) {
            if (f.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
