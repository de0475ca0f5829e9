package org.w3id.ccgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue of titles and the README's error catalogue are the same list. */
class ErrorCatalogueTest {

    /** A string literal, or a character literal (read past so that a quote in it opens nothing). */
    private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)'|\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern ENTRY = Pattern.compile("^### (.+)$", Pattern.MULTILINE);

    private static String catalogueSection() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n## Error catalogue\n");
        assertTrue(start >= 0, "the README has an error catalogue");
        int end = readme.indexOf("\n## ", start + 1);
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    @Test
    void everyTitleHasAnEntryWithItsCauseAndEveryEntryIsATitle() throws IOException {
        String section = catalogueSection();
        Set<String> documented = new TreeSet<>();
        Matcher m = ENTRY.matcher(section);
        while (m.find()) {
            documented.add(m.group(1).strip());
        }
        Set<String> titles = Arrays.stream(Title.values()).map(Title::text).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(titles, documented);
        for (Title t : Title.values()) {
            int at = section.indexOf("### " + t.text() + "\n");
            String entry = section.substring(at + t.text().length() + 5).split("\n### ")[0].strip();
            assertTrue(entry.length() > 40, t + ": the entry says what happened and what to do, found: " + entry);
        }
    }

    @Test
    void noTitleIsWrittenAsAStringOutsideTheCatalogue() throws IOException {
        List<String> texts = Arrays.stream(Title.values()).map(Title::text).toList();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("Title.java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(f));
                while (literal.find()) {
                    for (String t : texts) {
                        if (Pattern.compile("(?<![A-Z])" + Pattern.quote(t) + "(?![A-Z])").matcher(literal.group()).find()) {
                            found.add(f.getFileName() + ": " + t);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), found);
    }
}
