package org.w3id.ccgraph.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats of SELECT results ccgraph prints. */
public enum ResultFormat {
    CSV, TSV, JSON, TABLE;

    /** The format by its command-line name, case-insensitive. */
    public static Optional<ResultFormat> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
