package org.w3id.ccgraph.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ccgraph.extract.Carrier;
import org.w3id.ccgraph.extract.Citation;
import org.w3id.ccgraph.extract.Extraction;
import org.w3id.ccgraph.extract.Mention;
import org.w3id.ccgraph.extract.Obligation;
import org.w3id.ccgraph.extract.SpeechAct;
import org.w3id.ccgraph.extract.Timing;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.Markup;

/**
 * Adds what the extractor found to a document's model: speech acts ({@code <subdivision>/act/N}),
 * obligations ({@code <subdivision>/obligation/N}), mentions and citations ({@code <element>/mention/N},
 * {@code <element>/citation/N}), each with provenance into the source text; instruments cited by number
 * that the reference data does not describe get a node of their own.
 */
final class KnowledgeGraph {

    private final IriScheme scheme;
    private final Model model;
    private final Model reference;
    private final CouncilText doc;
    private final StructureGraph structure;
    private final String lang;
    private final Map<String, Integer> counters = new HashMap<>();

    KnowledgeGraph(IriScheme scheme, Model model, Model reference, CouncilText doc, StructureGraph structure) {
        this.scheme = scheme;
        this.model = model;
        this.reference = reference;
        this.doc = doc;
        this.structure = structure;
        this.lang = doc.language().code();
    }

    /** Adds everything in the extraction. */
    void add(Extraction found) {
        Map<SpeechAct, Resource> acts = new HashMap<>();
        for (SpeechAct a : found.acts()) {
            acts.put(a, addAct(a));
        }
        for (Obligation o : found.obligations()) {
            addObligation(o, acts.get(o.act()));
        }
        for (Mention m : found.mentions()) {
            addMention(m);
        }
        for (Citation c : found.citations()) {
            addCitation(c);
        }
    }

    private Resource subdivision(String path) {
        return structure.element(path);
    }

    private Resource carrier(Carrier c) {
        return structure.element(c.path());
    }

    private String where(Resource carrier) {
        Statement label = carrier.getProperty(RDFS.label, "en");
        return label != null ? label.getString() : carrier.getURI();
    }

    private Resource addAct(SpeechAct a) {
        Resource sub = subdivision(a.subdivision());
        Resource concept = model.createResource(scheme.speechAct(a.act()));
        Resource act = model.createResource(scheme.act(sub.getURI(), a.index()), CCG.SpeechAct)
                .addProperty(CCG.speechAct, concept)
                .addProperty(CCG.inSubdivision, sub)
                .addProperty(CCG.surfaceForm, a.surfaceForm(), lang)
                .addProperty(CCG.sentence, Markup.clean(a.sentence().of(doc.source().text())), lang)
                .addProperty(RDFS.label, speakers(a) + (a.negated() ? " does not " : " ") + verb(concept) + " ("
                        + where(sub) + ")", "en");
        for (String speaker : a.speakers()) {
            act.addProperty(CCG.speaker, model.createResource(scheme.actor(speaker)));
        }
        if (a.negated()) {
            act.addLiteral(CCG.negated, true);
        }
        for (String point : a.concerns()) {
            act.addProperty(CCG.concerns, subdivision(point));
        }
        structure.selectors().derive(act, a.sentence());
        return act;
    }

    private String verb(Resource concept) {
        Statement s = reference.getResource(concept.getURI()).getProperty(SKOS.prefLabel, "en");
        return s != null ? s.getString() : concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
    }

    private void addObligation(Obligation o, Resource act) {
        Resource sub = subdivision(o.subdivision());
        Resource obligation = model.createResource(scheme.obligation(sub.getURI(), o.index()), CCG.Obligation)
                .addProperty(CCG.expressedBy, act)
                .addProperty(CCG.inSubdivision, sub)
                .addProperty(CCG.action, o.action(), lang)
                .addProperty(RDFS.label, obligationLabel(o), "en");
        act.addProperty(CCG.expresses, obligation);
        for (String addressee : o.addressees()) {
            obligation.addProperty(CCG.addressee, model.createResource(scheme.actor(addressee)));
        }
        structure.selectors().derive(obligation, o.span());
        for (Timing t : o.timings()) {
            addTiming(obligation, t);
        }
    }

    /** "Council calls on Member States: to map critical dependencies … (paragraph 2 of ...)". */
    private String obligationLabel(Obligation o) {
        String who = o.addressees().isEmpty() ? "" : " " + String.join(", ", o.addressees().stream().map(this::actorLabel).toList());
        String what = o.action().length() > 80 ? o.action().substring(0, 79).strip() + "…" : o.action();
        return speakers(o.act()) + " " + verb(model.createResource(scheme.speechAct(o.act().act()))) + who
                + (what.isEmpty() ? "" : ": " + what) + " (" + where(subdivision(o.subdivision())) + ")";
    }

    private String speakers(SpeechAct a) {
        return String.join(" and ", a.speakers().stream().map(this::actorLabel).toList());
    }

    private String actorLabel(String key) {
        Statement s = reference.getResource(scheme.actor(key)).getProperty(org.apache.jena.vocabulary.SKOS.prefLabel, "en");
        return s != null ? s.getString() : key;
    }

    private void addTiming(Resource obligation, Timing t) {
        boolean deadline = t.kind() == Timing.Kind.DEADLINE;
        Resource r = model.createResource(deadline ? scheme.deadline(obligation.getURI()) : scheme.frequencyOf(obligation.getURI()),
                        deadline ? CCG.Deadline : CCG.Frequency)
                .addProperty(CCG.text, t.text(), lang)
                .addProperty(RDFS.label, (deadline ? "deadline " : "frequency ") + t.text(), "en");
        if (deadline) {
            r.addLiteral(CCG.dueBy, model.createTypedLiteral(t.due().toString(),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            obligation.addProperty(CCG.deadline, r);
        } else {
            r.addProperty(CCG.period, t.period().equals("REGULAR") ? model.createResource(scheme.frequency("regular"))
                    : EUAuthority.frequency(t.period()));
            obligation.addProperty(CCG.frequency, r);
        }
        structure.selectors().derive(r, t.span());
    }

    private void addMention(Mention m) {
        Resource carrier = carrier(m.carrier());
        Resource actor = model.createResource(scheme.actor(m.actor()));
        Resource mention = model.createResource(scheme.mention(carrier.getURI(), next(carrier, "mention")), CCG.Mention)
                .addProperty(CCG.mentionOf, actor)
                .addProperty(CCG.mentionedIn, carrier)
                .addProperty(RDFS.label, "mention of " + m.actor() + " in " + where(carrier), "en");
        carrier.addProperty(CCG.mentions, actor);
        structure.selectors().derive(mention, m.span());
    }

    private void addCitation(Citation c) {
        Resource instrument = c.key() != null ? model.createResource(scheme.instrument(c.key())) : instrument(c);
        Resource carrier = carrier(c.carrier());
        Resource citation = model.createResource(scheme.citation(carrier.getURI(), next(carrier, "citation")), CCG.Citation)
                .addProperty(CCG.citationOf, instrument)
                .addProperty(CCG.citedIn, carrier)
                .addProperty(RDFS.label, "citation in " + where(carrier), "en");
        structure.selectors().derive(citation, c.span());
        if (c.carrier().kind() == Carrier.Kind.SUBDIVISION) {
            carrier.addProperty(ELI.refers_to, instrument);
        } else {
            carrier.addProperty(DCTerms.references, instrument);
            Footnote note = doc.footnotes().stream().filter(f -> f.path().equals(c.carrier().path()))
                    .findFirst().orElseThrow();
            if (note.anchoredIn() != null) {
                subdivision(note.anchoredIn()).addProperty(ELI.refers_to, instrument);
            }
        }
    }

    private int next(Resource carrier, String kind) {
        return counters.merge(carrier.getURI() + "/" + kind, 1, Integer::sum);
    }

    /** The node of an instrument cited by number, described here unless the reference data does. */
    private Resource instrument(Citation c) {
        InstrumentKeys.Identity id = InstrumentKeys.of(c.ref());
        Resource r = model.createResource(scheme.instrument(id.key()));
        if (reference.contains(reference.getResource(r.getURI()), RDF.type)) {
            return r;
        }
        r.addProperty(RDF.type, CCG.Instrument).addProperty(RDF.type, ELI.Work)
                .addProperty(RDFS.label, id.label(), "en")
                .addProperty(SKOS.prefLabel, id.label(), "en")
                .addProperty(CCG.instrumentType, id.type());
        if (id.resourceType() != null) {
            r.addProperty(DCTerms.type, EUAuthority.resourceType(id.resourceType()));
        }
        literal(r, CCG.documentNumber, id.documentNumber());
        literal(r, CCG.celex, id.celex());
        literal(r, CCG.eli, id.eli());
        literal(r, CCG.registerNumber, id.registerNumber());
        if (id.eli() != null) {
            r.addProperty(OWL.sameAs, model.createResource(id.eli()));
        }
        if (id.celex() != null) {
            r.addProperty(OWL.sameAs, model.createResource(InstrumentKeys.cellar(id.celex())));
        }
        if (id.registerNumber() != null) {
            r.addProperty(org.apache.jena.sparql.vocabulary.FOAF.page,
                    model.createResource(InstrumentKeys.register(id.registerNumber(), lang)));
        }
        if (id.partOf() != null) {
            r.addProperty(DCTerms.isPartOf, model.createResource(scheme.instrument(id.partOf())));
        }
        return r;
    }

    private static void literal(Resource r, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !r.hasProperty(p)) {
            r.addProperty(p, value);
        }
    }
}
