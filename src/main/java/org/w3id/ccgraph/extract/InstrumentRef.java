package org.w3id.ccgraph.extract;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An instrument cited by its official number, as a citation pattern of the lexicon read it. Everything
 * in it is language-neutral: a Danish "direktiv 2004/80/EF" and an English "Directive 2004/80/EC" give
 * equal references.
 *
 * @param kind   the pattern kind: "directive", "regulation", "com", "council-document", "oj",
 *               "treaty-article.tfeu", ...
 * @param year   the year, four digits (two-digit years as printed are widened); 0 when the identifier has
 *               none (treaty articles)
 * @param number the number as printed, without leading zeros ("93", "K.1"; of the Official Journal the
 *               issue number)
 * @param parts  the other parts of the identifier by name, as the pattern's named groups read them:
 *               {@code domain} (canonical abbreviation: "EU", "EC", "JHA", "EC, Euratom"), {@code layout}
 *               (the printed order of domain, year and number, e.g. "year-number-domain"), {@code descriptor}
 *               (the CELEX descriptor the words before the number settle, e.g. "DC"), {@code rev} and
 *               {@code suffix} (Council document revision, "REV 1 ADD 4"), {@code series}, {@code edition},
 *               {@code day}, {@code month}, {@code page} (Official Journal)
 */
public record InstrumentRef(String kind, int year, String number, Map<String, String> parts) {

    /** Keeps the parts sorted and unmodifiable. */
    public InstrumentRef {
        parts = Collections.unmodifiableMap(new TreeMap<>(parts));
    }

    /** A reference with no parts beyond kind, year and number. */
    public InstrumentRef(String kind, int year, String number) {
        this(kind, year, number, Map.of());
    }

    /** One part by name, or null when the identifier has none. */
    public String part(String name) {
        return parts.get(name);
    }
}
