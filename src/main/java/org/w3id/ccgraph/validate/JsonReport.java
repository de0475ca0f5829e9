package org.w3id.ccgraph.validate;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * JSON for scripts: {@code {"inputs": [...], "results": [...]}} with one object per input (name, triples,
 * counts, error) and one per result (file, focusNode, resultPath, value, severity, sourceShape,
 * sourceConstraintComponent, message, fails).
 */
final class JsonReport implements ReportFormat.Writer {

    @Override
    public void write(List<FileResult> results, Threshold threshold, OutputStream out) {
        JsonObject root = new JsonObject();
        JsonArray inputs = new JsonArray();
        for (FileResult r : results) {
            JsonObject o = new JsonObject();
            o.put("name", r.name());
            o.put("triples", r.triples());
            o.put("violations", r.count(3));
            o.put("warnings", r.count(2));
            o.put("infos", r.count(1));
            o.put("fails", r.failed() || r.fails(threshold));
            o.put("milliseconds", r.time().toMillis());
            if (r.failed()) {
                o.put("error", r.failure().format());
            }
            inputs.add(o);
        }
        JsonArray rows = new JsonArray();
        for (ResultRow row : ResultRow.of(results, threshold)) {
            JsonObject o = new JsonObject();
            o.put("file", row.file());
            o.put("focusNode", row.focus());
            o.put("resultPath", row.path());
            o.put("value", row.value());
            o.put("severity", row.severity());
            o.put("sourceShape", row.shape());
            o.put("sourceConstraintComponent", row.component());
            o.put("message", row.message());
            o.put("fails", row.fails());
            rows.add(o);
        }
        root.put("threshold", threshold.toString());
        root.put("inputs", inputs);
        root.put("results", rows);
        JSON.write(out, root);
    }
}
