package org.w3id.ccgraph;

/** How serious a finding is; ordered from the most to the least serious. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in messages, e.g. {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
