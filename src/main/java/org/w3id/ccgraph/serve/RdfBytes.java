package org.w3id.ccgraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/**
 * Serialises graphs for HTTP. JSON-LD is compacted with the published prefixes; served documents name the
 * published context by its URL, so that clients can cache it, while dumps carry it inline.
 */
final class RdfBytes {

    private RdfBytes() {
    }

    /** The model in an RDF representation; {@code contextUrl} replaces JSON-LD's inline context when not null. */
    static byte[] write(Model model, Representation format, String contextUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, model, format.rdfFormat());
        if (format != Representation.JSONLD || contextUrl == null) {
            return out.toByteArray();
        }
        JsonObject written = JSON.parse(out.toString(StandardCharsets.UTF_8));
        JsonObject withUrl = new JsonObject();
        withUrl.put("@context", contextUrl);
        for (String key : written.keys()) {
            if (!key.equals("@context")) {
                withUrl.put(key, written.get(key));
            }
        }
        return JSON.toString(withUrl).getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON-LD context document of a prefix mapping: every prefix as a term for its namespace. */
    static byte[] context(PrefixMapping prefixes) {
        JsonObject terms = new JsonObject();
        prefixes.getNsPrefixMap().forEach((p, ns) -> terms.put(p, ns));
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return JSON.toString(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** The model in JSON-LD with an inline context, for a script element or a dump. */
    static String jsonLd(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, model, RDFFormat.JSONLD11);
        return out.toString(StandardCharsets.UTF_8);
    }
}
