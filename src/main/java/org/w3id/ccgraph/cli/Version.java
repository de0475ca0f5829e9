package org.w3id.ccgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version from the build, for {@code -V}. */
public final class Version implements CommandLine.IVersionProvider {

    /** The version of ccgraph as built, or "dev" outside a build. */
    public static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("ccgraph-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        return p.getProperty("version", "dev");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ccgraph " + get(), "Apache Jena " + org.apache.jena.Jena.VERSION
                + ", Java " + System.getProperty("java.version")};
    }
}
