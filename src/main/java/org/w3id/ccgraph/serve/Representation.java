package org.w3id.ccgraph.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/** The representations of a resource the server negotiates, with their media types and file extensions. */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY, "Turtle"),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11, "JSON-LD", "application/json"),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN, "RDF/XML", "application/xml", "text/xml"),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES_UTF8, "N-Triples"),
    HTML("text/html", "html", null, "HTML", "application/xhtml+xml"),
    TEXT("text/plain", "txt", null, "plain text"),
    CSV("text/csv", "csv", null, "CSV"),
    JSON("application/sparql-results+json", "json", null, "JSON", "application/json");

    /** What a named query of the API offers, CSV first. */
    public static final List<Representation> RESULTS = List.of(CSV, JSON);
    /** The RDF representations in the server's order of preference. */
    public static final List<Representation> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    /** What an ordinary resource offers, Turtle first (the answer when no Accept header is sent). */
    public static final List<Representation> RESOURCE = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, HTML);
    /** What the published source text offers: the text itself first. */
    public static final List<Representation> SOURCE_TEXT = List.of(TEXT, TURTLE, JSONLD, RDFXML, NTRIPLES, HTML);

    private final String mediaType;
    private final String extension;
    private final RDFFormat rdfFormat;
    private final String label;
    private final List<String> aliases;

    Representation(String mediaType, String extension, RDFFormat rdfFormat, String label, String... aliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.rdfFormat = rdfFormat;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The media type, e.g. {@code text/turtle}. */
    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header value, with the charset for text. */
    public String contentType() {
        return this == JSON || this == JSONLD || this == NTRIPLES ? mediaType : mediaType + "; charset=utf-8";
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The Jena writer format, null for HTML and text. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** A name for people ("Turtle"). */
    public String label() {
        return label;
    }

    /** Whether a media type (without parameters, lower case) names this representation. */
    boolean answers(String type) {
        return mediaType.equals(type) || aliases.contains(type);
    }

    /** The representation with a file extension. */
    public static Optional<Representation> byExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }
}
