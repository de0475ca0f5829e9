package org.w3id.ccgraph.structure;

import java.util.Locale;

/** The paths that name elements inside a document ("p/7/a", "annex/1/fn/2"). */
public final class Paths {

    private Paths() {
    }

    /** The part a path lies in: "annex/N" for anything inside annex N, else "". */
    public static String part(String path) {
        if (!path.startsWith("annex/")) {
            return "";
        }
        int slash = path.indexOf('/', "annex/".length());
        return slash < 0 ? path : path.substring(0, slash);
    }

    /** A path segment from a printed label: lower-case letters and digits. */
    static String segment(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** A short readable form of a path for labels and messages: "p/7/a" gives "7(a)", "block/2/p/1" gives "block 2, 1". */
    public static String readable(String path) {
        StringBuilder sb = new StringBuilder();
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            switch (p) {
                case "p" -> { }
                case "block", "annex", "recital", "fn" -> {
                    if (sb.length() > 0) {
                        sb.append(", ");
                    }
                    sb.append(p.equals("fn") ? "footnote" : p).append(' ').append(parts[++i]);
                }
                default -> {
                    boolean paragraph = i > 0 && parts[i - 1].equals("p");
                    if (paragraph) {
                        if (sb.length() > 0) {
                            sb.append(", ");
                        }
                        sb.append(p);
                    } else {
                        sb.append('(').append(p).append(')');
                    }
                }
            }
        }
        return sb.toString();
    }
}
