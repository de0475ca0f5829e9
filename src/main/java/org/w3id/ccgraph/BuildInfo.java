package org.w3id.ccgraph;

import java.util.Properties;

/** The version of ccgraph as built. */
public final class BuildInfo {

    private static final String FILE = "ccgraph-version.properties";
    private static final Properties PROPERTIES = BundledFiles.exists(FILE) ? BundledFiles.properties(FILE) : new Properties();
    private static final String VERSION = PROPERTIES.getProperty("version", "dev");

    private BuildInfo() {
    }

    /** The version from the build, or "dev" when run outside a build. */
    public static String version() {
        return VERSION;
    }

    /**
     * What tells this build apart from others of the same version: the version and when it was built ("dev" and
     * nothing more outside a build), so that responses rendered by other code carry other entity tags.
     */
    public static String build() {
        return VERSION + " " + PROPERTIES.getProperty("built", "");
    }

    /** The version of Apache Jena ccgraph was built with. */
    public static String jenaVersion() {
        return PROPERTIES.getProperty("jena", "unknown");
    }
}
