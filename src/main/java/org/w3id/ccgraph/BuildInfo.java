package org.w3id.ccgraph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of ccgraph as built. */
public final class BuildInfo {

    private static final String VERSION = load();

    private BuildInfo() {
    }

    /** The version from the build, or "dev" when run outside a build. */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("ccgraph-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }
}
