package org.w3id.ccgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's dependency rule, read from the sources: each stage uses only stages before it. */
class ArchitectureTest {

    /** The stages in pipeline order; the base package comes first. */
    private static final List<String> STAGES = List.of("", "document", "structure", "extract", "graph",
            "validate", "io", "query", "convert", "serve", "cli");
    private static final List<String> TEXT_STAGES = List.of("document", "structure", "extract");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Path MAIN = Path.of("src/main/java/org/w3id/ccgraph");

    @Test
    void dependenciesPointDownstreamOnlyAndTextStagesKnowNoRdf() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String stage = MAIN.relativize(file.getParent()).toString();
                assertEquals(true, STAGES.contains(stage), "unknown package " + stage);
                String source = Files.readString(file);
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    check(file, stage, m.group(1), violations);
                }
                Matcher qualified = Pattern.compile("org\\.w3id\\.ccgraph\\.(\\w+)\\.[A-Z]").matcher(source);
                while (qualified.find()) {
                    check(file, stage, "org.w3id.ccgraph." + qualified.group(1) + ".X", violations);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static void check(Path file, String stage, String imported, List<String> violations) {
        if (imported.startsWith("org.w3id.ccgraph.")) {
            String rest = imported.substring("org.w3id.ccgraph.".length());
            String target = Character.isUpperCase(rest.charAt(0)) ? "" : rest.substring(0, rest.indexOf('.'));
            if (STAGES.indexOf(target) > STAGES.indexOf(stage)) {
                violations.add(file.getFileName() + " (" + stage + ") imports " + imported);
            }
        }
        if (TEXT_STAGES.contains(stage) && (imported.startsWith("org.apache.jena") || imported.startsWith("org.eclipse.rdf4j"))) {
            violations.add(file.getFileName() + " (" + stage + ") uses RDF: " + imported);
        }
    }

    @Test
    void noUtilHelperCommonOrImplPackages() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertEquals(List.of(), dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> List.of("util", "utils", "helper", "helpers", "common", "impl").contains(n)).toList());
        }
    }
}
