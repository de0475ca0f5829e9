package org.w3id.ccgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;

/**
 * The pages in a real browser: Debian's headless Chromium, driven by playwright-core from
 * src/test/browser (installed with npm ci when missing), opens the landing page and a resource page,
 * follows links, runs a query in YASGUI, and finds no console error and no request to another site.
 * Skipped only where Chromium is not installed; .ci/run installs it.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCRIPTS = Path.of("src/test/browser");

    @Test
    void theLandingPageAndAResourcePageWorkInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM
                + " (Debian: apt-get install chromium; .ci/run installs it): browser test skipped");
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules/playwright-core"))) {
            Run install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
            assertEquals(0, install.exit(), "npm ci in " + SCRIPTS + " failed:\n" + install.output());
        }
        Resource obligation = TestServer.bundled().graph().listSubjectsWithProperty(RDF.type, CCG.Obligation).next();
        String resource = obligation.getURI().substring(IriScheme.DEFAULT_BASE.length());
        try (TestServer s = TestServer.bundledServer()) {
            Path shot = Path.of("target", "landing-page.png").toAbsolutePath();
            Run check = run(List.of("node", "check.js", s.server.publicBase().url(), resource, shot.toString()), 180);
            assertEquals(0, check.exit(), check.output());
            assertTrue(check.output().contains("browser check passed"), check.output());
        }
    }

    record Run(int exit, String output) {
    }

    private static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("ccgraph-browser", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(-1, "timed out after " + seconds + " s:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
