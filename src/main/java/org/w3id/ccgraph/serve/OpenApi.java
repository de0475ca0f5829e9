package org.w3id.ccgraph.serve;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.w3id.ccgraph.BuildInfo;
import org.w3id.ccgraph.query.QueryCatalog;
import org.w3id.ccgraph.query.QueryRunner;

/** The OpenAPI 3 description of the named-query API: one GET operation per query, with its result columns. */
final class OpenApi {

    private OpenApi() {
    }

    /** The description as JSON. */
    static String of(Publication p) {
        JsonObject paths = new JsonObject();
        for (String name : QueryCatalog.names()) {
            String text = QueryCatalog.text(name).orElseThrow();
            paths.put("/" + LinkedDataFilter.API + name, operation(name, text));
        }
        JsonObject info = new JsonObject();
        info.put("title", "ccgraph named queries");
        info.put("version", BuildInfo.version());
        info.put("description", "Each shipped SPARQL query as a GET operation. Results as CSV (default, or .csv) "
                + "or SPARQL 1.1 JSON results (Accept: application/sparql-results+json, or .json), a page at a time.");
        JsonObject server = new JsonObject();
        String url = p.base().url("");
        server.put("url", url.substring(0, url.length() - 1));
        JsonArray servers = new JsonArray();
        servers.add(server);
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        doc.put("info", info);
        doc.put("servers", servers);
        doc.put("paths", paths);
        return JSON.toString(doc);
    }

    private static JsonObject operation(String name, String text) {
        Query q = QueryRunner.parse(text);
        String description = QueryCatalog.description(text);
        JsonArray columns = new JsonArray();
        JsonObject binding = new JsonObject();
        for (String var : q.getResultVars()) {
            columns.add(var);
            binding.put(var, object("type", "object"));
        }
        JsonObject bindingSchema = object("type", "object");
        bindingSchema.put("properties", binding);
        JsonObject content = new JsonObject();
        JsonObject csv = object("schema", object("type", "string"));
        content.put(Representation.CSV.mediaType(), csv);
        JsonObject jsonSchema = object("type", "object");
        jsonSchema.put("description", "SPARQL 1.1 Query Results JSON; each binding has the columns as keys");
        JsonObject results = object("type", "object");
        JsonObject bindings = object("type", "array");
        bindings.put("items", bindingSchema);
        JsonObject resultsProps = new JsonObject();
        resultsProps.put("bindings", bindings);
        results.put("properties", resultsProps);
        JsonObject props = new JsonObject();
        props.put("results", results);
        jsonSchema.put("properties", props);
        content.put(Representation.JSON.mediaType(), object("schema", jsonSchema));
        JsonObject ok = object("description", "one row per result; columns: " + String.join(", ", q.getResultVars()));
        ok.put("content", content);
        JsonObject responses = new JsonObject();
        responses.put("200", ok);
        responses.put("400", object("description", "page or size is not a whole number in range"));
        responses.put("404", object("description", "a page after the last"));
        responses.put("503", object("description", "the query ran out of time"));
        JsonObject get = new JsonObject();
        get.put("operationId", name);
        get.put("summary", description.lines().findFirst().orElse(name));
        get.put("description", description);
        get.put("x-columns", columns);
        JsonArray parameters = new JsonArray();
        parameters.add(parameter("page", "the page of results, from 1; Link headers name the first, previous and next",
                Paging.MAX_PAGE, 1));
        parameters.add(parameter("size", "rows a page", NamedQueryApi.MAX_SIZE, NamedQueryApi.DEFAULT_SIZE));
        get.put("parameters", parameters);
        get.put("responses", responses);
        return object("get", get);
    }

    private static JsonObject parameter(String name, String description, long max, long otherwise) {
        JsonObject schema = object("type", "integer");
        schema.put("minimum", 1);
        schema.put("maximum", max);
        schema.put("default", otherwise);
        JsonObject p = object("name", name);
        p.put("in", "query");
        p.put("required", false);
        p.put("description", description);
        p.put("schema", schema);
        return p;
    }

    private static JsonObject object(String key, Object value) {
        JsonObject o = new JsonObject();
        if (value instanceof String s) {
            o.put(key, s);
        } else {
            o.put(key, (JsonObject) value);
        }
        return o;
    }
}
