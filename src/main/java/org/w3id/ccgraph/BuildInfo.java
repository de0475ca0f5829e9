package org.w3id.ccgraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of ccgraph as built. */
public final class BuildInfo {

    private static final Properties PROPERTIES = load();
    private static final String VERSION = PROPERTIES.getProperty("version", "dev");

    private BuildInfo() {
    }

    /** The version from the build, or "dev" when run outside a build. */
    public static String version() {
        return VERSION;
    }

    /** The version of Apache Jena ccgraph was built with. */
    public static String jenaVersion() {
        return PROPERTIES.getProperty("jena", "unknown");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("ccgraph-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return p;
        }
        return p;
    }
}
