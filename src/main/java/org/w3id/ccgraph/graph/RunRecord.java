package org.w3id.ccgraph.graph;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.ccgraph.BuildInfo;
import org.w3id.ccgraph.structure.CouncilText;

/**
 * The record of one conversion run as a {@code prov:Activity}: tool version, start and end time, the input
 * it used (with its SHA-256) and the document it generated. It is a graph of its own, apart from the
 * content, so that the content of two runs on the same input stays identical.
 */
public final class RunRecord {

    private RunRecord() {
    }

    /** The run graph of converting {@code doc} between two instants. */
    public static Model of(IriScheme scheme, CouncilText doc, Instant started, Instant ended) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.of(scheme));
        String work = scheme.document(doc);
        String sha = doc.source().sha256();
        Resource agent = m.createResource(scheme.dataSpace() + "agent/ccgraph-" + IriScheme.slug(BuildInfo.version()),
                        PROV.SoftwareAgent)
                .addProperty(RDFS.label, "ccgraph " + BuildInfo.version(), "en")
                .addProperty(CCG.toolVersion, BuildInfo.version());
        Resource run = m.createResource(scheme.run(started.toEpochMilli() + "-" + sha.substring(0, 12)), PROV.Activity)
                .addProperty(RDFS.label, "conversion of " + doc.source().name() + " at " + started, "en")
                .addProperty(PROV.wasAssociatedWith, agent)
                .addProperty(CCG.toolVersion, BuildInfo.version())
                .addProperty(CCG.sha256, sha)
                .addProperty(PROV.used, m.createResource(scheme.sourceText(work, doc.language())))
                .addProperty(CCG.layout, doc.layout())
                .addProperty(CCG.detection, doc.detection())
                .addLiteral(PROV.startedAtTime, m.createTypedLiteral(started.toString(), XSDDatatype.XSDdateTime))
                .addLiteral(PROV.endedAtTime, m.createTypedLiteral(ended.toString(), XSDDatatype.XSDdateTime));
        m.createResource(work).addProperty(PROV.wasGeneratedBy, run);
        return m;
    }
}
