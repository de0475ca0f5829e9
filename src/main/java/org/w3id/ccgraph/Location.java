package org.w3id.ccgraph;

/**
 * A place in an input: the file (or IRI) and, where known, a 1-based line and column.
 *
 * @param file   the file name or IRI the place is in
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String file, int line, int column) {

    /** A location that names only the file. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
