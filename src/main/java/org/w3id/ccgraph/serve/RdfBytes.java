package org.w3id.ccgraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/**
 * Serialises graphs for HTTP. JSON-LD is compacted with the published prefixes and carries its context
 * inline, so that a client needs nothing else to read it (offline too); its keys are written in a fixed
 * order ({@code @context}, {@code @id}, {@code @type}, then by name; the nodes of {@code @graph} by
 * {@code @id}), so that the same graph always gives the same bytes.
 */
final class RdfBytes {

    private static final List<String> FIRST = List.of("@context", "@id", "@type");
    private static final Comparator<String> KEYS = Comparator.<String>comparingInt(k -> {
        int i = FIRST.indexOf(k);
        return i < 0 ? FIRST.size() : i;
    }).thenComparing(Comparator.naturalOrder());

    private RdfBytes() {
    }

    /** The model in an RDF representation. */
    static byte[] write(Model model, Representation format) {
        if (format == Representation.JSONLD) {
            return jsonLd(model).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, model, format.rdfFormat());
        return out.toByteArray();
    }

    /** The JSON-LD context document of a prefix mapping: every prefix as a term for its namespace. */
    static byte[] context(PrefixMapping prefixes) {
        JsonObject terms = new JsonObject();
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach(terms::put);
        JsonObject doc = new JsonObject();
        doc.put("@context", terms);
        return JSON.toString(doc).getBytes(StandardCharsets.UTF_8);
    }

    /** The model in JSON-LD with an inline context and keys in a fixed order, for a response, a script element or a dump. */
    static String jsonLd(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, model, RDFFormat.JSONLD11);
        return JSON.toString(ordered(JSON.parseAny(out.toString(StandardCharsets.UTF_8))));
    }

    private static JsonValue ordered(JsonValue v) {
        if (v.isObject()) {
            JsonObject in = v.getAsObject();
            JsonObject o = new JsonObject();
            in.keys().stream().sorted(KEYS).forEach(k -> o.put(k, k.equals("@graph") ? graph(in.get(k)) : ordered(in.get(k))));
            return o;
        }
        if (v.isArray()) {
            JsonArray a = new JsonArray();
            v.getAsArray().forEach(e -> a.add(ordered(e)));
            return a;
        }
        return v;
    }

    /** The nodes of {@code @graph} by {@code @id}; order carries no meaning there. */
    private static JsonValue graph(JsonValue v) {
        if (!v.isArray()) {
            return ordered(v);
        }
        List<JsonValue> nodes = new ArrayList<>();
        v.getAsArray().forEach(e -> nodes.add(ordered(e)));
        nodes.sort(Comparator.comparing(RdfBytes::id));
        JsonArray a = new JsonArray();
        a.addAll(nodes);
        return a;
    }

    private static String id(JsonValue node) {
        return node.isObject() && node.getAsObject().hasKey("@id") && node.getAsObject().get("@id").isString()
                ? node.getAsObject().get("@id").getAsString().value() : "";
    }
}
