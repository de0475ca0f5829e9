package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** This project's own terms (ontology/ccgraph.ttl); a test checks that each is declared there. */
public final class CCG {

    /** The namespace IRI. */
    public static final String NS = "https://w3id.org/ccgraph/def#";

    public static final Resource Footnote = ResourceFactory.createResource(NS + "Footnote");
    public static final Resource SourceText = ResourceFactory.createResource(NS + "SourceText");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property sequence = ResourceFactory.createProperty(NS + "sequence");
    public static final Property footnoteNumber = ResourceFactory.createProperty(NS + "footnoteNumber");
    public static final Property hasFootnote = ResourceFactory.createProperty(NS + "hasFootnote");
    public static final Property anchoredIn = ResourceFactory.createProperty(NS + "anchoredIn");
    public static final Property sourceText = ResourceFactory.createProperty(NS + "sourceText");
    public static final Property content = ResourceFactory.createProperty(NS + "content");
    public static final Property sha256 = ResourceFactory.createProperty(NS + "sha256");
    public static final Property characterCount = ResourceFactory.createProperty(NS + "characterCount");
    public static final Property originalLanguage = ResourceFactory.createProperty(NS + "originalLanguage");
    public static final Property classificationCode = ResourceFactory.createProperty(NS + "classificationCode");
    public static final Property documentKind = ResourceFactory.createProperty(NS + "documentKind");
    public static final Property sender = ResourceFactory.createProperty(NS + "sender");
    public static final Property recipients = ResourceFactory.createProperty(NS + "recipients");
    public static final Property previousDocument = ResourceFactory.createProperty(NS + "previousDocument");
    public static final Property subjectLine = ResourceFactory.createProperty(NS + "subjectLine");
    public static final Property coverNote = ResourceFactory.createProperty(NS + "coverNote");
    public static final Property meetingNumber = ResourceFactory.createProperty(NS + "meetingNumber");
    public static final Property dateAdopted = ResourceFactory.createProperty(NS + "dateAdopted");
    public static final Property place = ResourceFactory.createProperty(NS + "place");
    public static final Property dateSent = ResourceFactory.createProperty(NS + "dateSent");

    private CCG() {
    }
}
