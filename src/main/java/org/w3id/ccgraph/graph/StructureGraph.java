package org.w3id.ccgraph.graph;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Field;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.Header;
import org.w3id.ccgraph.structure.JournalHeader;
import org.w3id.ccgraph.structure.Language;
import org.w3id.ccgraph.structure.Paths;
import org.w3id.ccgraph.structure.RegisterHeader;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Adds the structure of one text to a model: the {@code eli:Work} with its header, its recitals, blocks,
 * paragraphs, points, indents and annexes as {@code eli:WorkSubdivision} (typed by kind, with the EU
 * subdivision code where one fits), its footnotes, and the published source text they point into.
 */
final class StructureGraph {

    private final IriScheme scheme;
    private final Model model;
    private final CouncilText doc;
    private final List<String> authors;
    private final String lang;
    private final Resource work;
    private final Selectors selectors;

    StructureGraph(IriScheme scheme, Model model, CouncilText doc, List<String> authors) {
        this.scheme = scheme;
        this.model = model;
        this.doc = doc;
        this.authors = authors;
        this.lang = doc.language().code();
        this.work = model.createResource(scheme.document(doc));
        Resource text = model.createResource(scheme.sourceText(work.getURI(), lang));
        this.selectors = new Selectors(scheme, model, doc.source(), text);
    }

    /** The document resource. */
    Resource work() {
        return work;
    }

    /** The helper that adds provenance selectors into this document's text. */
    Selectors selectors() {
        return selectors;
    }

    /** The resource of an element or footnote by its path. */
    Resource element(String path) {
        return model.createResource(scheme.element(work.getURI(), path));
    }

    /** How the document is named in labels: "Council document 1234/20", "CELEX 31997G0111", "OJ 2009/C 311/01". */
    String name() {
        Header h = doc.header();
        if (h.number() != null) {
            return "Council document " + h.number().value();
        }
        if (h.celex() != null) {
            return "CELEX " + h.celex().value();
        }
        Field id = h.identifier();
        return id != null ? "OJ " + id.value() : "text " + doc.source().sha256().substring(0, 12);
    }

    /** Adds the document, its elements, footnotes and source text. */
    void add() {
        addWork();
        addSourceText();
        for (int i = 0; i < doc.subdivisions().size(); i++) {
            addElement(doc.subdivisions().get(i), i + 1);
        }
        for (Footnote f : doc.footnotes()) {
            addFootnote(f);
        }
    }

    private void addWork() {
        Header h = doc.header();
        Resource language = EUAuthority.language(doc.language().authority());
        work.addProperty(RDF.type, ELI.Work).addProperty(RDF.type, CCG.CouncilText)
                .addProperty(DCTerms.language, language)
                .addProperty(RDFS.label, name(), "en");
        switch (h.kind()) {
            case CONCLUSIONS -> work.addProperty(RDF.type, CCG.Conclusions)
                    .addProperty(ELI.work_type, EUAuthority.resourceType("CONCL"));
            case RESOLUTION -> work.addProperty(RDF.type, CCG.Resolution)
                    .addProperty(ELI.work_type, EUAuthority.resourceType("RES"));
            default -> { }
        }
        for (String author : authors) {
            work.addProperty(DCTerms.creator, model.createResource(scheme.actor(author)));
        }
        Field id = h.identifier();
        if (id != null) {
            work.addProperty(ELI.number, id.value());
        }
        for (Field f : new Field[] {h.number(), h.celex(), h.journal() == null ? null : h.journal().publication()}) {
            plain(work, DCTerms.identifier, f);
        }
        plain(work, CCG.celex, h.celex());
        date(work, ELI.date_document, h.date());
        date(work, CCG.dateAdopted, h.adopted());
        text(work, DCTerms.title, h.title());
        if (h.speaker() != null) {
            Resource formula = model.createResource(scheme.speakerFormula(work.getURI()), CCG.SpeakerFormula)
                    .addProperty(CCG.text, h.speaker().value(), lang)
                    .addProperty(RDFS.label, "speaker formula of " + name(), "en");
            for (String author : authors) {
                formula.addProperty(CCG.speaker, model.createResource(scheme.actor(author)));
            }
            work.addProperty(CCG.speakerFormula, formula);
            selectors.derive(formula, h.speaker().span());
        }
        if (h.register() != null) {
            addRegister(h.register());
        }
        if (h.journal() != null) {
            addJournal(h.journal());
        }
    }

    private void addRegister(RegisterHeader r) {
        text(work, CCG.documentKind, r.kind());
        text(work, CCG.sender, r.sender());
        text(work, CCG.recipients, r.recipients());
        text(work, CCG.subjectLine, r.subject());
        text(work, CCG.coverNote, r.coverNote());
        text(work, CCG.place, r.place());
        plain(work, CCG.previousDocument, r.previous());
        plain(work, CCG.meetingNumber, r.meeting());
        date(work, CCG.dateSent, r.sentDate());
        r.codes().forEach(c -> work.addProperty(CCG.classificationCode, c.value()));
        if (r.originalLanguage() != null) {
            Language.codes().stream().filter(l -> l.equals(r.originalLanguage().value())).findFirst()
                    .ifPresentOrElse(l -> work.addProperty(CCG.originalLanguage,
                                    EUAuthority.language(Language.of(l).authority())),
                            () -> work.addProperty(CCG.originalLanguage, r.originalLanguage().value()));
        }
    }

    private void addJournal(JournalHeader j) {
        plain(work, CCG.ojReference, j.reference());
        plain(work, CCG.publicationNumber, j.publication());
    }

    private void addSourceText() {
        Resource text = model.createResource(scheme.sourceText(work.getURI(), lang), CCG.SourceText)
                .addProperty(RDFS.label, "Normalised text of " + name() + " (" + lang + ")", "en")
                .addProperty(DCTerms.language, EUAuthority.language(doc.language().authority()))
                .addProperty(DCTerms.format, "text/plain; charset=UTF-8")
                .addProperty(CCG.content, doc.source().text(), lang)
                .addProperty(CCG.sha256, doc.source().sha256())
                .addLiteral(CCG.characterCount, integer(
                        doc.source().text().codePointCount(0, doc.source().text().length())));
        work.addProperty(CCG.sourceText, text);
    }

    private void addElement(Subdivision s, int sequence) {
        Resource el = element(s.path()).addProperty(RDF.type, ELI.WorkSubdivision).addProperty(RDF.type, type(s));
        Resource parent = s.parent() == null ? work : element(s.parent());
        el.addProperty(ELI.is_part_of, parent).addProperty(DCTerms.isPartOf, parent)
                .addLiteral(CCG.sequence, integer(sequence))
                .addProperty(CCG.locator, Paths.readable(s.path()))
                .addProperty(RDFS.label, label(s), "en");
        if (s.number() != null) {
            el.addProperty(ELI.number, s.number());
        }
        if (!s.text().isEmpty()) {
            el.addProperty(CCG.text, s.text(), lang);
        }
        String code = subdivisionCode(s);
        if (code != null) {
            el.addProperty(ELI.type_subdivision, EUAuthority.subdivision(code));
        }
        parent.addProperty(ELI.has_part, el);
        if (s.span().end() > s.span().start()) {
            selectors.derive(el, s.span());
        }
    }

    private static Resource type(Subdivision s) {
        return switch (s.kind()) {
            case RECITAL -> CCG.Recital;
            case BLOCK -> CCG.Block;
            case PARAGRAPH -> CCG.Paragraph;
            case POINT -> CCG.Point;
            case INDENT -> CCG.Indent;
            default -> CCG.Annex;
        };
    }

    /** The code of the EU subdivision table for an element, where one fits (none for a block). */
    private static String subdivisionCode(Subdivision s) {
        return switch (s.kind()) {
            case RECITAL -> "RCT";
            case PARAGRAPH -> s.number() == null ? "ALN" : "PAR";
            case POINT -> Character.isDigit(s.number().charAt(0)) ? "PNT"
                    : s.number().matches("[ivxlcIVXLC]+") && !s.number().matches("[a-z]") ? "PTI" : "PTA";
            case INDENT -> "IDT";
            case ANNEX -> "ANX";
            default -> null;
        };
    }

    /** "paragraph 5 of Council document 1234/20", "point 7(a) of ...", "recital 2 of ...", "annex II of ...". */
    String label(Subdivision s) {
        String where = Paths.readable(s.path());
        String what = switch (s.kind()) {
            case RECITAL -> "recital " + (s.number() != null ? s.number() : s.path().substring("recital/".length()));
            case BLOCK -> where;
            case ANNEX -> "annex " + (s.number() != null ? s.number() : s.path().substring("annex/".length()));
            case INDENT -> "indent " + where;
            case POINT -> "point " + where;
            default -> "paragraph " + where;
        };
        return what + " of " + name();
    }

    private void addFootnote(Footnote f) {
        Resource note = element(f.path()).addProperty(RDF.type, CCG.Footnote)
                .addLiteral(CCG.footnoteNumber, integer(f.number()))
                .addProperty(CCG.text, f.text(), lang)
                .addProperty(DCTerms.isPartOf, f.part().isEmpty() ? work : element(f.part()))
                .addProperty(RDFS.label, "footnote " + f.number() + (f.part().isEmpty() ? ""
                        : " of " + Paths.readable(f.part())) + " of " + name(), "en");
        if (f.anchoredIn() != null) {
            Resource carrier = element(f.anchoredIn());
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
        if (f != null && !f.value().isEmpty() && !r.hasProperty(p, f.value())) {
            r.addProperty(p, f.value());
        }
    }

    private Literal integer(long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private void date(Resource r, Property p, LocalDate d) {
        if (d != null) {
            r.addLiteral(p, model.createTypedLiteral(d.toString(), XSDDatatype.XSDdate));
        }
    }
}
