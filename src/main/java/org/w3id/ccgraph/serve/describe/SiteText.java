package org.w3id.ccgraph.serve.describe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.w3id.ccgraph.BundledFiles;

/**
 * What the server says about its dataset, read from {@value #FILE}: titles, descriptions, keywords, the
 * publisher (name, ADMS type and, for an EU body, its corporate-body code), the contact point, the EU
 * authority codes of theme, licence and planned availability, and the ADMS licence type. Data, not code.
 */
public record SiteText(String title, String description, String catalogTitle, String catalogDescription,
                String serviceTitle, String serviceDescription, List<String> keywords, Publisher publisher,
                Contact contact, String theme, String themeLabel, String licence, String licenceLabel,
                String licenceType, String availability) {

    /**
     * The publisher of the dataset.
     *
     * @param name the name
     * @param type the code of its ADMS publisher type
     * @param body its code in the EU corporate-body table, or empty when it is not an EU body
     */
    public record Publisher(String name, String type, String body) {
    }

    /**
     * The contact point.
     *
     * @param name the name
     * @param url  a URL ({@code https:} or {@code mailto:}), or empty for the server's home page
     */
    public record Contact(String name, String url) {
    }

    /** The bundled file. */
    static final String FILE = "web/site.properties";

    /** The bundled texts. */
    public static SiteText bundled() {
        return of(bundledProperties());
    }

    /** The bundled file's entries. */
    public static Properties bundledProperties() {
        Properties p = new Properties();
        try (InputStream in = BundledFiles.open(FILE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
        return p;
    }

    /**
     * The bundled texts with the entries of a publisher's own properties file (UTF-8) in their place: any of
     * the bundled keys, no other.
     *
     * @throws IllegalArgumentException naming the file and the key it does not know
     * @throws IOException when the file cannot be read
     */
    public static SiteText withOverrides(java.nio.file.Path file) throws IOException {
        Properties p = bundledProperties();
        Properties own = new Properties();
        try (var in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            own.load(in);
        }
        for (String key : own.stringPropertyNames()) {
            if (!p.containsKey(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "'; expected one of "
                        + new java.util.TreeSet<>(p.stringPropertyNames()));
            }
            p.setProperty(key, own.getProperty(key));
        }
        return of(p);
    }

    /** The texts of a file's entries; every key must be present (an optional value may be empty). */
    public static SiteText of(Properties p) {
        return new SiteText(get(p, "title"), get(p, "description"), get(p, "catalogTitle"),
                get(p, "catalogDescription"), get(p, "serviceTitle"), get(p, "serviceDescription"),
                List.of(get(p, "keywords").split(",")),
                new Publisher(get(p, "publisher"), get(p, "publisherType"), get(p, "publisherBody")),
                new Contact(get(p, "contactName"), get(p, "contactUrl")), get(p, "theme"), get(p, "themeLabel"),
                get(p, "licence"), get(p, "licenceLabel"), get(p, "licenceType"), get(p, "availability"));
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(FILE + " has no '" + key + "'");
        }
        return v.strip();
    }
}
