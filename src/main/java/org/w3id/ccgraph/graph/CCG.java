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

    public static final Resource Conclusions = ResourceFactory.createResource(NS + "Conclusions");
    public static final Resource Instrument = ResourceFactory.createResource(NS + "Instrument");
    public static final Resource SpeechAct = ResourceFactory.createResource(NS + "SpeechAct");
    public static final Resource Obligation = ResourceFactory.createResource(NS + "Obligation");
    public static final Resource Mention = ResourceFactory.createResource(NS + "Mention");
    public static final Resource Citation = ResourceFactory.createResource(NS + "Citation");
    public static final Property speaker = ResourceFactory.createProperty(NS + "speaker");
    public static final Property speechAct = ResourceFactory.createProperty(NS + "speechAct");
    public static final Property inSubdivision = ResourceFactory.createProperty(NS + "inSubdivision");
    public static final Property sentence = ResourceFactory.createProperty(NS + "sentence");
    public static final Property surfaceForm = ResourceFactory.createProperty(NS + "surfaceForm");
    public static final Property concerns = ResourceFactory.createProperty(NS + "concerns");
    public static final Property expresses = ResourceFactory.createProperty(NS + "expresses");
    public static final Property expressedBy = ResourceFactory.createProperty(NS + "expressedBy");
    public static final Property addressee = ResourceFactory.createProperty(NS + "addressee");
    public static final Property action = ResourceFactory.createProperty(NS + "action");
    public static final Property mentions = ResourceFactory.createProperty(NS + "mentions");
    public static final Property mentionOf = ResourceFactory.createProperty(NS + "mentionOf");
    public static final Property mentionedIn = ResourceFactory.createProperty(NS + "mentionedIn");
    public static final Property citationOf = ResourceFactory.createProperty(NS + "citationOf");
    public static final Property citedIn = ResourceFactory.createProperty(NS + "citedIn");
    public static final Property instrumentType = ResourceFactory.createProperty(NS + "instrumentType");
    public static final Property documentNumber = ResourceFactory.createProperty(NS + "documentNumber");
    public static final Property celex = ResourceFactory.createProperty(NS + "celex");
    public static final Property eli = ResourceFactory.createProperty(NS + "eli");
    public static final Property registerNumber = ResourceFactory.createProperty(NS + "registerNumber");
    public static final Property force = ResourceFactory.createProperty(NS + "force");
    public static final Property rank = ResourceFactory.createProperty(NS + "rank");
    public static final Property directive = ResourceFactory.createProperty(NS + "directive");
    public static final Property toolVersion = ResourceFactory.createProperty(NS + "toolVersion");

    public static final Resource CouncilText = ResourceFactory.createResource(NS + "CouncilText");
    public static final Resource Resolution = ResourceFactory.createResource(NS + "Resolution");
    public static final Resource Recital = ResourceFactory.createResource(NS + "Recital");
    public static final Resource Block = ResourceFactory.createResource(NS + "Block");
    public static final Resource Paragraph = ResourceFactory.createResource(NS + "Paragraph");
    public static final Resource Point = ResourceFactory.createResource(NS + "Point");
    public static final Resource Indent = ResourceFactory.createResource(NS + "Indent");
    public static final Resource Annex = ResourceFactory.createResource(NS + "Annex");
    public static final Resource SpeakerFormula = ResourceFactory.createResource(NS + "SpeakerFormula");
    public static final Property speakerFormula = ResourceFactory.createProperty(NS + "speakerFormula");
    public static final Property ojReference = ResourceFactory.createProperty(NS + "ojReference");
    public static final Property publicationNumber = ResourceFactory.createProperty(NS + "publicationNumber");
    public static final Property layout = ResourceFactory.createProperty(NS + "layout");
    public static final Property detection = ResourceFactory.createProperty(NS + "detection");
    public static final Property negated = ResourceFactory.createProperty(NS + "negated");
    public static final Resource Deadline = ResourceFactory.createResource(NS + "Deadline");
    public static final Resource Frequency = ResourceFactory.createResource(NS + "Frequency");
    public static final Property deadline = ResourceFactory.createProperty(NS + "deadline");
    public static final Property dueBy = ResourceFactory.createProperty(NS + "dueBy");
    public static final Property frequency = ResourceFactory.createProperty(NS + "frequency");
    public static final Property period = ResourceFactory.createProperty(NS + "period");
    public static final Property locator = ResourceFactory.createProperty(NS + "locator");
    public static final Property takesAddressee = ResourceFactory.createProperty(NS + "takesAddressee");

    private CCG() {
    }
}
