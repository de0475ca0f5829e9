package org.w3id.ccgraph.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.ccgraph.BuildInfo;
import org.w3id.ccgraph.structure.CouncilText;

/**
 * The record of one conversion as a {@code prov:Activity}: tool version, the input it used (with its SHA-256),
 * how the layout and language were decided, and the document it generated. It is a graph of its own, apart
 * from the content; it holds no clock time, so two conversions of the same input by the same version are one.
 */
public final class RunRecord {

    private RunRecord() {
    }

    /**
     * The record of converting {@code doc}: what determines the output (the tool's version, the input's SHA-256,
     * the layout and language as decided), and no clock time, so that converting the same input again gives
     * the same record under the same IRI ({@code id/run/<sha256 prefix>-<version>}).
     */
    public static Model of(IriScheme scheme, CouncilText doc) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.of(scheme));
        String work = scheme.document(doc);
        String sha = doc.source().sha256();
        Resource agent = m.createResource(scheme.agent(BuildInfo.version()),
                        PROV.SoftwareAgent)
                .addProperty(RDFS.label, "ccgraph " + BuildInfo.version(), "en")
                .addProperty(CCG.toolVersion, BuildInfo.version());
        Resource run = m.createResource(scheme.run(sha.substring(0, 16) + "-" + BuildInfo.version()), PROV.Activity)
                .addProperty(RDFS.label, "conversion of the text with SHA-256 " + sha.substring(0, 16) + "… by ccgraph "
                        + BuildInfo.version(), "en")
                .addProperty(PROV.wasAssociatedWith, agent)
                .addProperty(CCG.toolVersion, BuildInfo.version())
                .addProperty(CCG.sha256, sha)
                .addProperty(PROV.used, m.createResource(scheme.sourceText(work, doc.language().code())))
                .addProperty(CCG.layout, doc.layout())
                .addProperty(CCG.detection, doc.detection());
        m.createResource(work).addProperty(PROV.wasGeneratedBy, run);
        return m;
    }
}
