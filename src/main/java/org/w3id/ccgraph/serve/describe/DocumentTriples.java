package org.w3id.ccgraph.serve.describe;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.w3id.ccgraph.graph.EUAuthority;

/**
 * What a served document says about itself, as harvesters expect of linked data: the URL of the document
 * (the one in Content-Location) is a {@code foaf:Document} whose {@code foaf:primaryTopic} is the resource,
 * under the dataset's licence, modified when the data was (a date from the data, the same on every start),
 * and part of the dataset.
 *
 * @param licence  the licence of the dataset
 * @param dataset  the dataset the resources belong to
 * @param modified when the data was last modified
 */
public record DocumentTriples(Resource licence, Resource dataset, Instant modified) {

    /** The triples of one publication. */
    public static DocumentTriples of(SiteText site, String dataset, Instant modified) {
        return new DocumentTriples(EUAuthority.licence(site.licence()),
                ModelFactory.createDefaultModel().createResource(dataset), modified);
    }

    /** A copy of the description of {@code iri} with the triples about the document at {@code url}. */
    public Model describe(Model description, String url, String iri) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(description).add(description);
        m.createResource(url, FOAF.Document)
                .addProperty(FOAF.primaryTopic, m.createResource(iri))
                .addProperty(DCTerms.license, licence)
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified.truncatedTo(ChronoUnit.SECONDS).toString(),
                        XSDDatatype.XSDdateTime))
                .addProperty(VOID.inDataset, dataset);
        return m;
    }
}
