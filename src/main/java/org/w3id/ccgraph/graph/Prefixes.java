package org.w3id.ccgraph.graph;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The fixed prefixes of every graph and query ccgraph writes, so that output is stable. */
public final class Prefixes {

    private Prefixes() {
    }

    /** Prefix to namespace, in a fixed order; {@code id} is the data space of the given scheme. */
    public static Map<String, String> of(IriScheme scheme) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ccg", CCG.NS);
        map.put("id", scheme.dataSpace());
        map.put("eli", ELI.NS);
        map.put("org", ORG.NS);
        map.put("skos", SKOS.getURI());
        map.put("dct", DCTerms.NS);
        map.put("prov", PROV.NS);
        map.put("oa", OA.NS);
        map.put("dcat", DCAT.NS);
        map.put("foaf", FOAF.NS);
        map.put("owl", OWL.NS);
        map.put("rdf", RDF.uri);
        map.put("rdfs", RDFS.uri);
        map.put("xsd", XSD.NS);
        return map;
    }

    /** The same as SPARQL {@code PREFIX} lines. */
    public static String sparql(IriScheme scheme) {
        StringBuilder sb = new StringBuilder();
        of(scheme).forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
