package org.w3id.ccgraph.cli;

import org.w3id.ccgraph.BuildInfo;
import picocli.CommandLine;

/** The version from the build, for {@code -V}. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"ccgraph " + BuildInfo.version(), "Apache Jena " + BuildInfo.jenaVersion()
                + ", Java " + System.getProperty("java.version")};
    }
}
