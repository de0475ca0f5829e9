package org.w3id.ccgraph.serve;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.graph.EUAuthority;
import org.w3id.ccgraph.graph.IANA;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.SD;
import org.w3id.ccgraph.graph.SPDX;

/**
 * The DCAT-AP 3 catalogue of what the server publishes: the catalogue, the dataset, a distribution per
 * dump (with checksum and size) and one for the SPARQL endpoint, the endpoint as a data service, the
 * publisher, and the entries of the EU authority tables it uses (file types, languages, theme, licence),
 * typed and labelled as the official shapes ask. No blank nodes: every node has an IRI under the base.
 */
final class Catalogue {

    private static final String LABELS = "web/authority.properties";

    private final IriScheme scheme;
    private final PublicBase base;
    private final SiteText site;
    private final Model m = ModelFactory.createDefaultModel();
    private final Properties labels = labels();

    Catalogue(IriScheme scheme, PublicBase base, SiteText site) {
        this.scheme = scheme;
        this.base = base;
        this.site = site;
    }

    /** The catalogue graph of a dataset in {@code languages} (authority codes), with its dumps and dates. */
    Model build(List<String> languages, List<Dump> dumps, Instant issued, Instant modified) {
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("spdx", SPDX.NS).setNsPrefix("skos", SKOS.getURI()).setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource licence = entry("licence", site.licence(), DCTerms.LicenseDocument);
        Resource publisher = m.createResource(scheme.datasetPart("publisher"), FOAF.Agent)
                .addProperty(FOAF.name, site.publisher());
        Resource service = m.createResource(scheme.datasetPart("sparql"), DCAT.DataService)
                .addProperty(DCTerms.title, site.serviceTitle(), "en")
                .addProperty(DCTerms.description, site.serviceDescription(), "en")
                .addProperty(DCAT.endpointURL, m.createResource(base.url(LinkedDataFilter.SPARQL)))
                .addProperty(DCAT.endpointDescription, m.createResource(base.url(LinkedDataFilter.SPARQL)))
                .addProperty(DCTerms.conformsTo, m.createResource(SD.PROTOCOL.getURI(), DCTerms.Standard))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher);
        Resource dataset = m.createResource(scheme.dataset(), DCAT.Dataset)
                .addProperty(DCTerms.title, site.title(), "en")
                .addProperty(DCTerms.description, site.description(), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.theme, entry("data-theme", site.theme(), SKOS.Concept))
                .addProperty(DCAT.landingPage, m.createResource(base.url(""), FOAF.Document))
                .addLiteral(DCTerms.issued, date(issued))
                .addLiteral(DCTerms.modified, date(modified));
        site.keywords().forEach(k -> dataset.addProperty(DCAT.keyword, k.strip(), "en"));
        languages.forEach(code -> dataset.addProperty(DCTerms.language, entry("language", code, DCTerms.LinguisticSystem)));
        service.addProperty(DCAT.servesDataset, dataset);
        for (Dump d : dumps) {
            dataset.addProperty(DCAT.distribution, distribution(d, licence, issued, modified));
        }
        dataset.addProperty(DCAT.distribution, m.createResource(scheme.datasetPart("distribution/sparql"), DCAT.Distribution)
                .addProperty(DCTerms.title, site.serviceTitle(), "en")
                .addProperty(DCTerms.description, site.serviceDescription(), "en")
                .addProperty(DCAT.accessURL, m.createResource(base.url(LinkedDataFilter.SPARQL)))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.license, licence));
        m.createResource(scheme.catalog(), DCAT.Catalog)
                .addProperty(DCTerms.title, site.catalogTitle(), "en")
                .addProperty(DCTerms.description, site.catalogDescription(), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.language, entry("language", "ENG", DCTerms.LinguisticSystem))
                .addProperty(DCTerms.license, licence)
                .addProperty(FOAF.homepage, m.createResource(base.url(""), FOAF.Document))
                .addProperty(DCAT.themeTaxonomy, table("data-theme"))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service)
                .addLiteral(DCTerms.issued, date(issued))
                .addLiteral(DCTerms.modified, date(modified));
        return m;
    }

    private Resource distribution(Dump d, Resource licence, Instant issued, Instant modified) {
        String iri = scheme.datasetPart("distribution/" + d.key());
        Resource checksum = m.createResource(iri + "/checksum", SPDX.Checksum)
                .addProperty(SPDX.algorithm, m.createResource(SPDX.checksumAlgorithm_sha256.getURI(), SPDX.ChecksumAlgorithm))
                .addLiteral(SPDX.checksumValue, m.createTypedLiteral(d.sha256(), XSDDatatype.XSDhexBinary));
        String syntax = d.format().lang().getLabel();
        String gzip = d.compression() != null ? ", compressed with gzip" : "";
        String description = d.hasNamedGraphs()
                ? "The dataset as the SPARQL endpoint holds it, in one " + syntax + " file" + gzip
                        + ": the content graph as the default graph, and the named graphs with the record of each"
                        + " conversion run (its provenance)."
                : "The whole content graph in one " + syntax + " file" + gzip + ".";
        Resource r = m.createResource(iri, DCAT.Distribution)
                .addProperty(DCTerms.title, syntax + " dump" + (d.compression() != null ? " (gzip)" : ""), "en")
                .addProperty(DCTerms.description, description, "en")
                .addProperty(DCAT.accessURL, m.createResource(base.url(LinkedDataFilter.DOWNLOAD)))
                .addProperty(DCAT.downloadURL, m.createResource(base.url(LinkedDataFilter.DOWNLOAD + d.file())))
                .addProperty(DCTerms.format, entry("file-type", d.fileType(), DCTerms.MediaTypeOrExtent))
                .addProperty(DCAT.mediaType, m.createResource(IANA.mediaType(d.format().mediaType()).getURI(), DCTerms.MediaType))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Integer.toString(d.bytes().length), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(SPDX.checksum, checksum)
                .addProperty(DCTerms.license, licence)
                .addLiteral(DCTerms.issued, date(issued))
                .addLiteral(DCTerms.modified, date(modified));
        if (d.compression() != null) {
            r.addProperty(DCAT.compressFormat, m.createResource(IANA.mediaType(d.compression()).getURI(), DCTerms.MediaType));
        }
        return r;
    }

    /** An entry of an EU authority table, typed, labelled and put in its table. */
    private Resource entry(String table, String code, Resource type) {
        Resource entry = m.createResource(EUAuthority.entry(table, code).getURI(), type)
                .addProperty(RDF.type, SKOS.Concept)
                .addProperty(SKOS.inScheme, table(table));
        String label = labels.getProperty(table + "/" + code);
        entry.addProperty(SKOS.prefLabel, label != null ? label : code, label != null ? "en" : "");
        return entry;
    }

    private Resource table(String table) {
        return m.createResource(EUAuthority.table(table).getURI(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, labels.getProperty(table, table), "en");
    }

    private Literal date(Instant t) {
        return m.createTypedLiteral(t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private static Properties labels() {
        Properties p = new Properties();
        try (InputStreamReader in = new InputStreamReader(BundledFiles.open(LABELS), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(LABELS, e);
        }
        return p;
    }
}
