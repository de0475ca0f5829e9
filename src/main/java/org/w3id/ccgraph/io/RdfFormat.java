package org.w3id.ccgraph.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes ccgraph writes, with their names on the command line, file extensions and media types. */
public enum RdfFormat {
    TURTLE("turtle", "ttl", Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    NTRIPLES("ntriples", "nt", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    JSONLD("jsonld", "jsonld", Lang.JSONLD, RDFFormat.JSONLD11),
    RDFXML("rdfxml", "rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN),
    TRIG("trig", "trig", Lang.TRIG, RDFFormat.TRIG_PRETTY),
    NQUADS("nquads", "nq", Lang.NQUADS, RDFFormat.NQUADS_UTF8);

    private final String cliName;
    private final String extension;
    private final Lang lang;
    private final RDFFormat jenaFormat;

    RdfFormat(String cliName, String extension, Lang lang, RDFFormat jenaFormat) {
        this.cliName = cliName;
        this.extension = extension;
        this.lang = lang;
        this.jenaFormat = jenaFormat;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The Jena language (for media type and parsing). */
    public Lang lang() {
        return lang;
    }

    /** The Jena writer format. */
    public RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** The media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return lang.getHeaderString();
    }

    /** Whether the syntax holds named graphs. */
    public boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    /** The format with a command-line name, case-insensitive. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(n)).findFirst();
    }

    /** The format of a file by its extension. */
    public static Optional<RdfFormat> byExtension(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> n.endsWith("." + f.extension)).findFirst();
    }

    @Override
    public String toString() {
        return cliName;
    }
}
