package org.w3id.ccgraph.graph;

import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.ccgraph.structure.ConclusionsDocument;
import org.w3id.ccgraph.structure.Field;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.Header;
import org.w3id.ccgraph.structure.LayoutLexicon;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Adds the structure of one document to a model: the {@code eli:Work} with its header, its paragraphs and
 * sub-points as {@code eli:WorkSubdivision}, its footnotes, and the published source text they point into.
 */
final class StructureGraph {

    /** Key of the Council in the reference data: the author of every set of Council conclusions. */
    static final String COUNCIL = "council";
    /** Resource type of Council conclusions in the EU authority table. */
    static final String CONCLUSIONS = "CONCL";

    private final IriScheme scheme;
    private final Model model;
    private final ConclusionsDocument doc;
    private final String lang;
    private final Resource work;
    private final Selectors selectors;

    StructureGraph(IriScheme scheme, Model model, ConclusionsDocument doc) {
        this.scheme = scheme;
        this.model = model;
        this.doc = doc;
        this.lang = doc.language();
        this.work = model.createResource(scheme.document(doc.header().number().value()));
        Resource text = model.createResource(scheme.sourceText(work.getURI(), lang));
        this.selectors = new Selectors(model, doc.source(), text);
    }

    /** The document resource. */
    Resource work() {
        return work;
    }

    /** The helper that adds provenance selectors into this document's text. */
    Selectors selectors() {
        return selectors;
    }

    /** Adds the document, its subdivisions, footnotes and source text. */
    void add() {
        addWork();
        addSourceText();
        for (Subdivision s : doc.subdivisions()) {
            addSubdivision(s);
        }
        for (Footnote f : doc.footnotes()) {
            addFootnote(f);
        }
    }

    private void addWork() {
        Header h = doc.header();
        String number = h.number().value();
        Resource language = EUAuthority.language(LayoutLexicon.load(lang).authority());
        work.addProperty(org.apache.jena.vocabulary.RDF.type, ELI.Work)
                .addProperty(org.apache.jena.vocabulary.RDF.type, CCG.Conclusions)
                .addProperty(ELI.work_type, EUAuthority.resourceType(CONCLUSIONS))
                .addProperty(ELI.number, number)
                .addProperty(DCTerms.identifier, number)
                .addProperty(DCTerms.language, language)
                .addProperty(DCTerms.creator, model.createResource(scheme.actor(COUNCIL)))
                .addProperty(RDFS.label, "Council document " + number, "en");
        date(work, ELI.date_document, h.date());
        text(work, DCTerms.title, h.title());
        text(work, CCG.documentKind, h.kind());
        text(work, CCG.sender, h.sender());
        text(work, CCG.recipients, h.recipients());
        text(work, CCG.subjectLine, h.subject());
        text(work, CCG.coverNote, h.coverNote());
        text(work, CCG.place, h.place());
        plain(work, CCG.previousDocument, h.previous());
        plain(work, CCG.meetingNumber, h.meeting());
        date(work, CCG.dateSent, h.sentDate());
        date(work, CCG.dateAdopted, h.adopted());
        h.codes().forEach(c -> work.addProperty(CCG.classificationCode, c.value()));
        if (h.originalLanguage() != null) {
            LayoutLexicon.languages().stream().filter(l -> l.equals(h.originalLanguage().value())).findFirst()
                    .ifPresentOrElse(l -> work.addProperty(CCG.originalLanguage,
                                    EUAuthority.language(LayoutLexicon.load(l).authority())),
                            () -> work.addProperty(CCG.originalLanguage, h.originalLanguage().value()));
        }
    }

    private void addSourceText() {
        Resource text = model.createResource(scheme.sourceText(work.getURI(), lang), CCG.SourceText)
                .addProperty(RDFS.label, "Normalised text of Council document " + doc.header().number().value()
                        + " (" + lang + ")", "en")
                .addProperty(DCTerms.language, EUAuthority.language(LayoutLexicon.load(lang).authority()))
                .addProperty(DCTerms.format, "text/plain; charset=UTF-8")
                .addProperty(CCG.content, doc.source().text(), lang)
                .addProperty(CCG.sha256, doc.source().sha256())
                .addLiteral(CCG.characterCount, integer(
                        doc.source().text().codePointCount(0, doc.source().text().length())));
        work.addProperty(CCG.sourceText, text);
    }

    private void addSubdivision(Subdivision s) {
        Resource sub = model.createResource(scheme.subdivision(work.getURI(), s.number()), ELI.WorkSubdivision);
        Resource parent = s.parent() == null ? work
                : model.createResource(scheme.subdivision(work.getURI(), s.parent()));
        sub.addProperty(ELI.number, s.number())
                .addProperty(ELI.is_part_of, parent)
                .addProperty(DCTerms.isPartOf, parent)
                .addProperty(CCG.text, s.text(), lang)
                .addLiteral(CCG.sequence, integer(doc.subdivisions().indexOf(s) + 1))
                .addProperty(RDFS.label, (s.parent() == null ? "paragraph " + s.number()
                        : "point " + s.parent() + "(" + s.label() + ")") + " of Council document "
                        + doc.header().number().value(), "en");
        parent.addProperty(ELI.has_part, sub);
        selectors.derive(sub, s.span());
    }

    private void addFootnote(Footnote f) {
        Resource note = model.createResource(scheme.footnote(work.getURI(), f.number()), CCG.Footnote)
                .addLiteral(CCG.footnoteNumber, integer(f.number()))
                .addProperty(CCG.text, f.text(), lang)
                .addProperty(DCTerms.isPartOf, work)
                .addProperty(RDFS.label, "footnote " + f.number() + " of Council document "
                        + doc.header().number().value(), "en");
        if (f.anchoredIn() != null) {
            Resource carrier = model.createResource(scheme.subdivision(work.getURI(), f.anchoredIn()));
            note.addProperty(CCG.anchoredIn, carrier);
            carrier.addProperty(CCG.hasFootnote, note);
        }
        selectors.derive(note, f.span());
    }

    private void text(Resource r, Property p, Field f) {
        if (f != null && !f.value().isEmpty()) {
            r.addProperty(p, f.value(), lang);
        }
    }

    private static void plain(Resource r, Property p, Field f) {
        if (f != null && !f.value().isEmpty()) {
            r.addProperty(p, f.value());
        }
    }

    private Literal integer(long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private void date(Resource r, Property p, LocalDate d) {
        if (d != null) {
            Literal l = model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
            r.addLiteral(p, l);
        }
    }
}
