package org.w3id.ccgraph;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the test fixtures under src/test/resources/fixtures. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The path of a fixture file. */
    public static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }
}
