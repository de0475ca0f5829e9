package org.w3id.ccgraph.query;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.ccgraph.BundledFiles;

/** The named queries shipped in queries/: {@code NAME.rq}, each starting with a comment saying what it answers. */
public final class QueryCatalog {

    /** The folder of the queries inside the project and the jar. */
    public static final String FOLDER = "queries";

    private QueryCatalog() {
    }

    /** The names of all shipped queries (file names without .rq), sorted. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String file : BundledFiles.list(FOLDER, ".rq")) {
            names.add(file.substring(0, file.length() - 3));
        }
        return names;
    }

    /** The text of a shipped query by name, if there is one. */
    public static Optional<String> text(String name) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            return Optional.empty();
        }
        String path = FOLDER + "/" + name + ".rq";
        return BundledFiles.exists(path)
                ? Optional.of(new String(BundledFiles.read(path), StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The header comment of a query: its leading {@code #} lines without the {@code #}. */
    public static String description(String queryText) {
        StringBuilder sb = new StringBuilder();
        for (String line : queryText.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(line.substring(1).strip()).append('\n');
        }
        return sb.toString().strip();
    }
}
