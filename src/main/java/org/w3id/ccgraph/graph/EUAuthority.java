package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The EU Publications Office authority tables that ccgraph links to, by table and code. */
public final class EUAuthority {

    /** The namespace of all authority tables. */
    public static final String NS = "http://publications.europa.eu/resource/authority/";

    /** Cellar IRIs of documents by CELEX number. */
    public static final String CELLAR_CELEX = "http://publications.europa.eu/resource/celex/";

    /** The Council's public register of documents (pages, not identifiers). */
    public static final String COUNCIL_REGISTER = "https://data.consilium.europa.eu/doc/document/";

    private EUAuthority() {
    }

    /** A language, e.g. {@code language("DAN")}. */
    public static Resource language(String code) {
        return entry("language", code);
    }

    /** A resource type, e.g. {@code resourceType("CONCL")}. */
    public static Resource resourceType(String code) {
        return entry("resource-type", code);
    }

    /** A kind of subdivision, e.g. {@code subdivision("RCT")} for a recital. */
    public static Resource subdivision(String code) {
        return entry("subdivision", code);
    }

    /** A frequency, e.g. {@code frequency("ANNUAL")}. */
    public static Resource frequency(String code) {
        return entry("frequency", code);
    }

    /** A corporate body, e.g. {@code corporateBody("CONSIL")}. */
    public static Resource corporateBody(String code) {
        return entry("corporate-body", code);
    }

    /** A file type, e.g. {@code fileType("RDF_TURTLE")}. */
    public static Resource fileType(String code) {
        return entry("file-type", code);
    }

    /** A data theme, e.g. {@code dataTheme("JUST")}. */
    public static Resource dataTheme(String code) {
        return entry("data-theme", code);
    }

    /** A licence, e.g. {@code licence("CC_BY_4_0")}. */
    public static Resource licence(String code) {
        return entry("licence", code);
    }

    /** An entry of a table by the table's name and the code, e.g. {@code entry("file-type", "RDF_TURTLE")}. */
    public static Resource entry(String table, String code) {
        return ResourceFactory.createResource(NS + table + "/" + code);
    }

    /** A table itself, a {@code skos:ConceptScheme}, e.g. {@code table("file-type")}. */
    public static Resource table(String table) {
        return ResourceFactory.createResource(NS + table);
    }
}
