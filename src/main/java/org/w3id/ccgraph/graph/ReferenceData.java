package org.w3id.ccgraph.graph;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.w3id.ccgraph.BundledFiles;

/**
 * The shared reference data in ontology/: actors and organisations, the speech-act and force concept
 * schemes. IRIs written under the canonical base are moved to the configured one. The OWL ontology itself
 * ({@value #ONTOLOGY_FILE}) is not reference data and is loaded with {@link #ontology()}.
 */
public final class ReferenceData {

    /** The folder of the ontology and reference data inside the project and the jar. */
    public static final String FOLDER = "ontology";
    /** The file of the OWL ontology of ccgraph's own terms. */
    public static final String ONTOLOGY_FILE = "ccgraph.ttl";

    private ReferenceData() {
    }

    /** All reference data files, as one model under the scheme's base. */
    public static Model load(IriScheme scheme) {
        Model model = ModelFactory.createDefaultModel();
        for (String name : files()) {
            model.add(parse(name));
        }
        return rebase(model, scheme);
    }

    /** The notations of the speech acts whose force is directive: those that carry obligations. */
    public static java.util.Set<String> directiveActs(Model reference) {
        java.util.Set<String> acts = new java.util.TreeSet<>();
        reference.listSubjectsWithProperty(CCG.force).forEach(concept -> {
            Resource force = concept.getPropertyResourceValue(CCG.force);
            if (force != null && force.hasLiteral(CCG.directive, true) && concept.hasProperty(
                    org.apache.jena.vocabulary.SKOS.notation)) {
                acts.add(concept.getProperty(org.apache.jena.vocabulary.SKOS.notation).getString());
            }
        });
        return acts;
    }

    /** Which acts are directive and which of those take an object rather than an addressee ({@code ccg:takesAddressee false}). */
    public static org.w3id.ccgraph.extract.ActKinds actKinds(Model reference) {
        java.util.Set<String> directive = directiveActs(reference);
        java.util.Set<String> without = new java.util.TreeSet<>();
        reference.listSubjectsWithProperty(CCG.takesAddressee, reference.createTypedLiteral(false)).forEach(c -> {
            if (c.hasProperty(org.apache.jena.vocabulary.SKOS.notation)) {
                without.add(c.getProperty(org.apache.jena.vocabulary.SKOS.notation).getString());
            }
        });
        return new org.w3id.ccgraph.extract.ActKinds(directive, without);
    }

    /** The OWL ontology of ccgraph's own terms. */
    public static Model ontology() {
        return parse(ONTOLOGY_FILE);
    }

    /** The names of the reference data files (every Turtle file in ontology/ but the ontology). */
    public static List<String> files() {
        return BundledFiles.list(FOLDER, ".ttl").stream().filter(n -> !n.equals(ONTOLOGY_FILE)).toList();
    }

    private static Model parse(String name) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(BundledFiles.read(FOLDER + "/" + name)))
                .lang(Lang.TURTLE).base(IriScheme.DEFAULT_BASE).parse(m);
        return m;
    }

    /** The model with every IRI under the canonical base moved under the scheme's base. */
    static Model rebase(Model model, IriScheme scheme) {
        if (scheme.base().equals(IriScheme.DEFAULT_BASE)) {
            return model;
        }
        Model out = ModelFactory.createDefaultModel();
        model.getNsPrefixMap().forEach((prefix, ns) -> out.setNsPrefix(prefix, scheme.rebase(ns)));
        for (Statement s : model.listStatements().toList()) {
            out.add(move(out, s.getSubject(), scheme).asResource(), s.getPredicate(), move(out, s.getObject(), scheme));
        }
        return out;
    }

    private static RDFNode move(Model out, RDFNode node, IriScheme scheme) {
        if (node.isURIResource()) {
            Resource r = node.asResource();
            return out.createResource(scheme.rebase(r.getURI()));
        }
        return node;
    }
}
