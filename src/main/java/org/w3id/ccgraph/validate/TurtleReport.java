package org.w3id.ccgraph.validate;

import java.io.OutputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The standard SHACL validation report in Turtle: one {@code sh:ValidationReport} per input, each with
 * {@code dct:source} naming the input. Inputs that could not be read have no report.
 */
final class TurtleReport implements ReportFormat.Writer {

    private static final String SH = "http://www.w3.org/ns/shacl#";

    @Override
    public void write(List<FileResult> results, Threshold threshold, OutputStream out) {
        Model all = ModelFactory.createDefaultModel();
        all.setNsPrefix("sh", SH);
        all.setNsPrefix("dct", DCTerms.NS);
        for (FileResult r : results) {
            if (r.report() == null) {
                continue;
            }
            Model m = r.report().getModel();
            all.add(m);
            all.setNsPrefixes(m.getNsPrefixMap());
            for (Resource report : m.listSubjectsWithProperty(RDF.type, m.createResource(SH + "ValidationReport")).toList()) {
                all.add(report, DCTerms.source, r.name());
            }
        }
        RDFDataMgr.write(out, all, Lang.TURTLE);
    }
}
