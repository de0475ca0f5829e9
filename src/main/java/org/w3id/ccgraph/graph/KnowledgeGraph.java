package org.w3id.ccgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final LabelPatterns labels = LabelPatterns.bundled();

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
        Map<SpeechAct, Resource> acts = new LinkedHashMap<>();
        for (SpeechAct a : found.acts()) {
            acts.put(a, addAct(a));
        }
        Map<SpeechAct, List<Obligation>> requests = new HashMap<>();
        for (Obligation o : found.obligations()) {
            addObligation(o, acts.get(o.act()));
            requests.computeIfAbsent(o.act(), k -> new ArrayList<>()).add(o);
        }
        acts.forEach((a, act) -> {
            act.addProperty(RDFS.label, actLabel(a, requests.getOrDefault(a, List.of())), LabelPatterns.LANGUAGE);
            structure.selectors().derive(act, a.sentence());
        });
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
                .addProperty(CCG.sentence, Markup.clean(a.sentence().of(doc.source().text())), lang);
        for (String speaker : a.speakers()) {
            act.addProperty(CCG.speaker, model.createResource(scheme.actor(speaker)));
        }
        if (a.negated()) {
            act.addLiteral(CCG.negated, true);
        }
        for (String point : a.concerns()) {
            act.addProperty(CCG.concerns, subdivision(point));
        }
        return act;
    }

    /** The label of an act's speech-act or force concept in the reference data, else its notation. */
    private String name(Resource concept) {
        Statement s = concept == null ? null
                : reference.getResource(concept.getURI()).getProperty(SKOS.prefLabel, LabelPatterns.LANGUAGE);
        return s != null ? s.getString() : concept == null ? "" : concept.getURI().substring(concept.getURI().lastIndexOf('/') + 1);
    }

    private Resource concept(SpeechAct a) {
        return reference.getResource(scheme.speechAct(a.act()));
    }

    /** Who does what, and for a directive act whom it asks to do what, how strongly, from where. */
    private String actLabel(SpeechAct a, List<Obligation> requests) {
        Map<String, String> v = facts(a);
        if (requests.isEmpty()) {
            return labels.format(a.negated() ? "act.negated" : "act", v);
        }
        List<String> whom = new ArrayList<>();
        requests.forEach(o -> o.addressees().stream().map(this::actorLabel).filter(n -> !whom.contains(n)).forEach(whom::add));
        v.put("addressees", labels.list(whom));
        v.put("action", labels.action(requests.get(0).action()));
        v.put("timing", timing(requests.get(0)));
        if (requests.size() > 1) {
            v.put("more", labels.format("more", Map.of("count", Integer.toString(requests.size() - 1))));
        }
        return labels.format(whom.isEmpty() ? "act.directive.unaddressed" : "act.directive", v);
    }

    /** The values every label of an act and its obligations has: speakers, verb, force, where. */
    private Map<String, String> facts(SpeechAct a) {
        Map<String, String> v = new HashMap<>();
        v.put("speakers", speakers(a));
        v.put("verb", name(concept(a)));
        v.put("force", name(concept(a).getPropertyResourceValue(CCG.force)));
        v.put("where", where(subdivision(a.subdivision())));
        return v;
    }

    private void addObligation(Obligation o, Resource act) {
        Resource sub = subdivision(o.subdivision());
        Resource obligation = model.createResource(scheme.obligation(sub.getURI(), o.index()), CCG.Obligation)
                .addProperty(CCG.expressedBy, act)
                .addProperty(CCG.inSubdivision, sub)
                .addProperty(CCG.action, o.action(), lang)
                .addProperty(RDFS.label, obligationLabel(o), LabelPatterns.LANGUAGE);
        act.addProperty(CCG.expresses, obligation);
        for (String addressee : o.addressees()) {
            obligation.addProperty(CCG.addressee, model.createResource(scheme.actor(addressee)));
        }
        structure.selectors().derive(obligation, o.span());
        for (Timing t : o.timings()) {
            addTiming(obligation, t);
        }
    }

    /** Who asks whom to do what, by when, how strongly, from where (patterns in {@link LabelPatterns#FILE}). */
    private String obligationLabel(Obligation o) {
        Map<String, String> v = facts(o.act());
        v.put("where", where(subdivision(o.subdivision())));
        v.put("addressees", labels.list(o.addressees().stream().map(this::actorLabel).toList()));
        v.put("action", labels.action(o.action()));
        v.put("timing", timing(o));
        return labels.format(o.addressees().isEmpty() ? "obligation.unaddressed" : "obligation", v);
    }

    /** By when an obligation is due and how often it recurs, as label text. */
    private String timing(Obligation o) {
        StringBuilder timing = new StringBuilder();
        for (Timing t : o.timings()) {
            timing.append(t.kind() == Timing.Kind.DEADLINE
                    ? labels.format("deadline", Map.of("due", t.due().toString(), "text", t.text()))
                    : labels.format("frequency", Map.of("text", t.text())));
        }
        return timing.toString();
    }

    private String speakers(SpeechAct a) {
        return labels.list(a.speakers().stream().map(this::actorLabel).toList());
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
                .addProperty(RDFS.label, labels.format(deadline ? "deadline.label" : "frequency.label", Map.of("text", t.text())),
                        LabelPatterns.LANGUAGE);
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
