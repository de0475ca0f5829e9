package org.w3id.ccgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every error title the code can print has a README entry with cause and fix. */
class ErrorCatalogueTest {

    /** A title passed to an exception, held in a constant, or printed after "error: ". */
    private static final Pattern TITLE = Pattern.compile("new \\w*Exception\\(\\s*\"([A-Z][A-Z0-9 -]+)\""
            + "|static final String [A-Z_]+ = \"([A-Z][A-Z0-9-]* [A-Z0-9 -]+)\";"
            + "|error: ([A-Z][A-Z0-9 -]+): ");

    @Test
    void everyTitleInTheCodeIsDocumentedInTheReadme() throws IOException {
        Set<String> titles = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = TITLE.matcher(Files.readString(f));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null) {
                            titles.add(m.group(g));
                        }
                    }
                }
            }
        }
        assertFalse(titles.isEmpty());
        String readme = Files.readString(Path.of("README.md"));
        Set<String> missing = new TreeSet<>();
        for (String t : titles) {
            if (!readme.contains("### " + t + "\n")) {
                missing.add(t);
            }
        }
        assertEquals(Set.of(), missing);
    }
}
