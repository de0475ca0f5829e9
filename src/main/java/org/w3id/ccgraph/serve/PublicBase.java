package org.w3id.ccgraph.serve;

import java.util.regex.Pattern;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.IriScheme;

/**
 * Where the canonical IRIs are published: the canonical base (the scheme's, default
 * {@value IriScheme#DEFAULT_BASE}) maps onto a public URL, by default the server itself. Every link and
 * redirect the server writes is built from this mapping, never from the request's Host header. The
 * ontology's namespace, which is fixed, is published at {@code <public>def}.
 *
 * @param canonical the base of the minted IRIs, ending with "/"
 * @param url       the public URL it maps onto, ending with "/"
 */
public record PublicBase(String canonical, String url) {

    private static final Pattern HTTP = Pattern.compile("^https?://[^\\s<>\"{}|\\\\^`#?]+/$");
    /** The ontology document, the namespace without its "#". */
    static final String ONTOLOGY = CCG.NS.substring(0, CCG.NS.length() - 1);
    /** The path of the ontology document on the server. */
    static final String ONTOLOGY_PATH = "def";

    public PublicBase {
        if (!HTTP.matcher(canonical).matches() || !HTTP.matcher(url).matches()) {
            throw new IllegalArgumentException("expected absolute http(s) URLs ending with '/', found '"
                    + canonical + "' and '" + url + "'");
        }
    }

    /** The public URL of a path on the server, e.g. {@code url("sparql")}. */
    public String url(String path) {
        return url + path;
    }

    /** Where an IRI is published: under the public URL when it is minted under the canonical base or is the ontology's. */
    public String locate(String iri) {
        if (iri.startsWith(ONTOLOGY)) {
            return url + ONTOLOGY_PATH + iri.substring(ONTOLOGY.length());
        }
        if (iri.startsWith(canonical)) {
            return url + iri.substring(canonical.length());
        }
        return iri;
    }

    /** Whether the IRI is published by this server. */
    public boolean publishes(String iri) {
        return iri.startsWith(canonical) || iri.startsWith(ONTOLOGY);
    }

    /** The canonical IRI of a path on the server (without the leading "/"). */
    public String iri(String path) {
        return canonical + path;
    }
}
