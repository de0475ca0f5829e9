package org.w3id.ccgraph.serve;

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
 * publisher's name and the EU authority codes of theme and licence. Data, not code.
 */
record SiteText(String title, String description, String catalogTitle, String catalogDescription,
                String serviceTitle, String serviceDescription, List<String> keywords, String publisher,
                String theme, String themeLabel, String licence, String licenceLabel) {

    /** The bundled file. */
    static final String FILE = "web/site.properties";

    /** The bundled texts. */
    static SiteText bundled() {
        Properties p = new Properties();
        try (InputStream in = BundledFiles.open(FILE)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE, e);
        }
        return new SiteText(get(p, "title"), get(p, "description"), get(p, "catalogTitle"),
                get(p, "catalogDescription"), get(p, "serviceTitle"), get(p, "serviceDescription"),
                List.of(get(p, "keywords").split(",")), get(p, "publisher"), get(p, "theme"), get(p, "themeLabel"),
                get(p, "licence"), get(p, "licenceLabel"));
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(FILE + " has no '" + key + "'");
        }
        return v.strip();
    }
}
