package org.w3id.ccgraph.query;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Runs a SPARQL query over a dataset and prints the results: SELECT in CSV, TSV, JSON or a text table,
 * ASK as true or false, CONSTRUCT and DESCRIBE as Turtle.
 */
public final class QueryRunner {

    private final Dataset dataset;

    /** A runner over a dataset (its default graph is what unnamed patterns match). */
    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Parses the query text; a syntax error throws Jena's {@code QueryParseException} with line and column. */
    public static Query parse(String text) {
        return QueryFactory.create(text);
    }

    /** Runs the query and writes its results in the format to {@code out}. */
    public void run(Query query, ResultFormat format, OutputStream out) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case CSV: ResultSetFormatter.outputAsCSV(out, rs); break;
                    case TSV: ResultSetFormatter.outputAsTSV(out, rs); break;
                    case JSON: ResultSetFormatter.outputAsJSON(out, rs); break;
                    default: ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                }
            } else if (query.isAskType()) {
                boolean answer = qe.execAsk();
                switch (format) {
                    case CSV: ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV); break;
                    case TSV: ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV); break;
                    case JSON: ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON); break;
                    default: ResultSetFormatter.output(out, answer, ResultSetLang.RS_Text);
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
        }
    }
}
