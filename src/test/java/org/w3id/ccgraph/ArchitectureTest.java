package org.w3id.ccgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's dependency rule, read from the sources: each stage uses only stages before it; inside
 * {@code serve}, the HTTP plumbing knows nothing above it, the SPARQL endpoint only the plumbing, the dataset
 * descriptions only those two, and the routes and pages may use all of them.
 */
class ArchitectureTest {

    private static final String BASE = "org.w3id.ccgraph.";
    /** The stages in pipeline order; the base package comes first. */
    private static final List<String> STAGES = List.of("", "document", "structure", "extract", "graph",
            "validate", "io", "query", "convert", "serve", "cli");
    private static final List<String> TEXT_STAGES = List.of("document", "structure", "extract");
    /** The sub-packages of {@code serve} and which of the others each may import; none may import {@code serve}. */
    private static final Map<String, Set<String>> SERVE_PARTS = Map.of(
            "serve.http", Set.of(),
            "serve.sparql", Set.of("serve.http"),
            "serve.describe", Set.of("serve.http", "serve.sparql"));
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    /** A name of the project's written out in the code: its package, up to the first name that starts upper case. */
    private static final Pattern QUALIFIED = Pattern.compile("org\\.w3id\\.ccgraph\\.((?:[a-z]\\w*\\.)*)[A-Z]");
    private static final Path MAIN = Path.of("src/main/java/org/w3id/ccgraph");

    @Test
    void dependenciesPointDownstreamOnlyAndTextStagesKnowNoRdf() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), ".");
                assertTrue(known(pkg), "unknown package " + pkg);
                violations.addAll(violations(file.getFileName().toString(), pkg, Files.readString(file)));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleCatchesAnImportAgainstTheDirection() {
        // serve's parts: plumbing knows nothing above it, the endpoint only the plumbing, descriptions no page
        assertFalse(allowed("serve.http", "serve"));
        assertFalse(allowed("serve.http", "serve.sparql"));
        assertFalse(allowed("serve.http", "serve.describe"));
        assertFalse(allowed("serve.sparql", "serve"));
        assertFalse(allowed("serve.sparql", "serve.describe"));
        assertFalse(allowed("serve.describe", "serve"));
        assertTrue(allowed("serve.sparql", "serve.http"));
        assertTrue(allowed("serve.describe", "serve.http"));
        assertTrue(allowed("serve.describe", "serve.sparql"));
        for (String part : SERVE_PARTS.keySet()) {
            assertTrue(allowed("serve", part), part);
            assertTrue(allowed(part, part), part);
            assertTrue(allowed(part, "io"), part);
            assertTrue(allowed("cli", part), part);
            assertFalse(allowed(part, "cli"), part);
            assertFalse(allowed("convert", part), part);
        }
        // the stages keep their order
        assertTrue(allowed("serve", "convert"));
        assertFalse(allowed("io", "serve"));
        assertFalse(allowed("graph", "validate"));
        assertTrue(allowed("graph", ""));
    }

    @Test
    void theRuleReadsImportsStaticImportsAndNamesWrittenOut() {
        String source = """
                package org.w3id.ccgraph.serve.http;

                import java.util.List;
                import org.w3id.ccgraph.graph.IriScheme;
                import org.w3id.ccgraph.serve.Routes;
                import static org.w3id.ccgraph.serve.sparql.QueryBudget.SYMBOL;

                final class Made {
                    Object o = new org.w3id.ccgraph.serve.describe.Catalogue();
                }
                """;
        List<String> found = violations("Made.java", "serve.http", source);
        assertTrue(found.stream().anyMatch(v -> v.endsWith("imports org.w3id.ccgraph.serve.Routes")), found.toString());
        assertTrue(found.stream().anyMatch(v -> v.endsWith("org.w3id.ccgraph.serve.sparql.QueryBudget.SYMBOL")),
                found.toString());
        assertTrue(found.stream().anyMatch(v -> v.contains("serve.describe")), found.toString());
        assertFalse(found.stream().anyMatch(v -> v.contains("ccgraph.graph.")), found.toString());
        assertEquals(List.of(), violations("Made.java", "serve", source));
        assertTrue(violations("Made.java", "structure", "import org.apache.jena.rdf.model.Model;\n").get(0)
                .contains("uses RDF"));
    }

    @Test
    void packagesOtherThanTheStagesAndServesPartsAreUnknown() {
        assertTrue(known("serve.http"));
        assertTrue(known("io"));
        assertTrue(known(""));
        assertFalse(known("serve.pages"));
        assertFalse(known("io.http"));
    }

    /** What a source file in {@code pkg} (relative to the base package, "" for the base) imports against the rule. */
    private static List<String> violations(String file, String pkg, String source) {
        List<String> violations = new ArrayList<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            check(file, pkg, m.group(1), violations);
        }
        Matcher qualified = QUALIFIED.matcher(source);
        while (qualified.find()) {
            check(file, pkg, BASE + qualified.group(1) + "X", violations);
        }
        return violations;
    }

    private static void check(String file, String pkg, String imported, List<String> violations) {
        if (imported.startsWith(BASE) && !allowed(pkg, packageOf(imported.substring(BASE.length())))) {
            violations.add(file + " (" + pkg + ") imports " + imported);
        }
        if (TEXT_STAGES.contains(pkg) && (imported.startsWith("org.apache.jena") || imported.startsWith("org.eclipse.rdf4j"))) {
            violations.add(file + " (" + pkg + ") uses RDF: " + imported);
        }
    }

    /** The package of a name relative to the base package: the names before the first that starts upper case. */
    private static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (Character.isUpperCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    private static boolean known(String pkg) {
        return STAGES.contains(pkg) || SERVE_PARTS.containsKey(pkg);
    }

    private static String stage(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /** Whether code in package {@code from} may use package {@code to} (both relative to the base package). */
    private static boolean allowed(String from, String to) {
        if (from.equals(to)) {
            return true;
        }
        if (!stage(from).equals(stage(to))) {
            return STAGES.indexOf(stage(to)) <= STAGES.indexOf(stage(from));
        }
        if (SERVE_PARTS.containsKey(from)) {
            return SERVE_PARTS.get(from).contains(to);
        }
        return known(to);
    }

    @Test
    void noUtilHelperCommonOrImplPackages() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            assertEquals(List.of(), dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                    .filter(n -> List.of("util", "utils", "helper", "helpers", "common", "impl").contains(n)).toList());
        }
    }
}
