package org.w3id.ccgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file as the README tests read it: its fenced code blocks, its headings with the anchors GitHub
 * gives them, its links. Only what the tests need; text inside code blocks is neither heading nor link.
 */
record Markdown(Path file, List<String> lines, List<Block> blocks, List<Heading> headings) {

    /** A fenced code block: its info string ("sh", "turtle", "" for none), its first line (1-based), its text. */
    record Block(String lang, int line, String text, String section) {
    }

    /** A heading: its level (number of #), its text and its anchor. */
    record Heading(int level, String text, String anchor, int line) {
    }

    /** A link in the prose: its target as written and its line. */
    record Link(String target, int line) {
    }

    private static final Pattern HEADING = Pattern.compile("^(#{1,6}) +(.+?) *$");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    static Markdown read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Block> blocks = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String section = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                String lang = line.substring(3).strip();
                StringBuilder text = new StringBuilder();
                int start = i + 1;
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(lang, start + 1, text.toString(), section));
                continue;
            }
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                String anchor = anchor(h.group(2));
                int n = seen.merge(anchor, 1, Integer::sum);
                headings.add(new Heading(h.group(1).length(), h.group(2), n == 1 ? anchor : anchor + "-" + (n - 1), i + 1));
                if (h.group(1).length() == 2) {
                    section = h.group(2);
                }
            }
        }
        return new Markdown(file, List.copyOf(lines), List.copyOf(blocks), List.copyOf(headings));
    }

    /** The anchor GitHub makes of a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        String text = heading.replaceAll("`", "").toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{Nd}\\s_-]", "").strip().replace(' ', '-');
    }

    /** The links outside code blocks and code spans. */
    List<Link> links() {
        List<Link> links = new ArrayList<>();
        boolean code = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                code = !code;
                continue;
            }
            if (!code) {
                Matcher m = LINK.matcher(lines.get(i).replaceAll("`[^`]*`", ""));
                while (m.find()) {
                    links.add(new Link(m.group(1), i + 1));
                }
            }
        }
        return links;
    }

    /** The code blocks of a level-2 section, in order. */
    List<Block> blocks(String section) {
        return blocks.stream().filter(b -> b.section().equals(section)).toList();
    }

    /** The lines of a level-2 or level-3 section up to the next heading of the same or a higher level. */
    List<String> section(String heading) {
        Heading h = headings.stream().filter(x -> x.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no section " + heading));
        int end = headings.stream().filter(x -> x.line() > h.line() && x.level() <= h.level()).mapToInt(Heading::line)
                .findFirst().orElse(lines.size() + 1);
        return lines.subList(h.line(), end - 1);
    }
}
