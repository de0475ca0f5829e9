package org.w3id.ccgraph;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test fixtures under src/test/resources/fixtures and of the test corpus. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The path of a fixture file. */
    public static Path path(String name) {
        return resource("fixtures/" + name);
    }

    /** The path of a text of the test corpus (src/test/resources/texts/eurlex-en). */
    public static Path corpus(String name) {
        return resource("texts/eurlex-en/" + name);
    }

    /** The folder of the test corpus. */
    public static Path corpusFolder() {
        return resource("texts/eurlex-en");
    }

    /** The graph of the bundled document as {@code convert} writes it: content and reference data. */
    public static org.apache.jena.rdf.model.Model bundledGraph() {
        return BUNDLED.graph();
    }

    private static final org.w3id.ccgraph.convert.Conversion BUNDLED =
            org.w3id.ccgraph.convert.Converter.create().build().convertBundled();

    private static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }
}
