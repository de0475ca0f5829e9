package org.w3id.ccgraph.serve.describe;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VCARD4;
import org.w3id.ccgraph.BundledFiles;
import org.w3id.ccgraph.graph.ADMS;
import org.w3id.ccgraph.graph.CCG;
import org.w3id.ccgraph.graph.EUAuthority;
import org.w3id.ccgraph.graph.IANA;
import org.w3id.ccgraph.graph.IriScheme;
import org.w3id.ccgraph.graph.ORG;
import org.w3id.ccgraph.graph.SD;
import org.w3id.ccgraph.graph.SPDX;

/**
 * The DCAT-AP 3 catalogue of what the server publishes: the catalogue, the dataset, a distribution per
 * dump (with checksum and size) and one for the SPARQL endpoint, the endpoint as a data service, the
 * publisher and contact point, and the entries of the EU authority tables and ADMS vocabularies it uses
 * (file types, languages, theme, licence, availability, country, corporate bodies, agent and licence types),
 * typed and labelled as the official shapes ask. What can be read from the data is: the languages, the
 * dates and the temporal coverage (the documents' dates), the creators (the corporate bodies the documents'
 * authors are the same as) and the spatial coverage (by the creators' classification). No blank nodes:
 * every node has an IRI under the base or in a published vocabulary.
 */
public final class Catalogue {

    /** The namespace of DCAT-AP's own terms. */
    static final String DCATAP = "http://data.europa.eu/r5r/";
    /** {@code dcatap:availability}: how long a distribution is planned to stay available. */
    static final Property DCATAP_AVAILABILITY = ResourceFactory.createProperty(DCATAP + "availability");

    private static final String LABELS = "web/authority.properties";
    private static final String WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
    private static final String CORPORATE_BODY = EUAuthority.NS + "corporate-body/";

    private final IriScheme scheme;
    private final Addresses at;
    private final SiteText site;
    private final Model m = ModelFactory.createDefaultModel();
    private final Properties labels = labels();

    /** The catalogue of the data minted with {@code scheme}, published at {@code at}, described by {@code site}. */
    public Catalogue(IriScheme scheme, Addresses at, SiteText site) {
        this.scheme = scheme;
        this.at = at;
        this.site = site;
    }

    /**
     * The catalogue graph of a content graph whose documents are in {@code languages} (authority codes), with
     * its dumps and the documents' dates, sorted (issued is the first, modified the last, and they bound the
     * temporal coverage; the epoch, and no temporal coverage, when there is none).
     */
    public Model build(Model content, List<String> languages, List<Dump> dumps, List<Instant> dates) {
        m.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("foaf", FOAF.NS)
                .setNsPrefix("spdx", SPDX.NS).setNsPrefix("skos", SKOS.getURI()).setNsPrefix("xsd", XSDDatatype.XSD + "#")
                .setNsPrefix("vcard", VCARD4.NS).setNsPrefix("dcatap", DCATAP);
        Instant issued = dates.isEmpty() ? Instant.EPOCH : dates.get(0);
        Instant modified = dates.isEmpty() ? Instant.EPOCH : dates.get(dates.size() - 1);
        Resource licence = entry("licence", site.licence(), DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, adms(ADMS.licenceType(site.licenceType()), ADMS.LICENCE_TYPES,
                        "adms-licencetype", site.licenceType()));
        Resource theme = entry("data-theme", site.theme(), SKOS.Concept);
        Resource publisher = publisher();
        Resource contact = m.createResource(scheme.datasetPart("contact"), VCARD4.Kind)
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, site.contact().name());
        String url = site.contact().url().isEmpty() ? at.home() : site.contact().url();
        contact.addProperty(url.startsWith("mailto:") ? VCARD4.hasEmail : VCARD4.hasURL, m.createResource(url));
        List<Resource> creators = creators(content);
        List<Resource> places = places(content);

        Resource service = m.createResource(scheme.datasetPart("sparql"), DCAT.DataService)
                .addProperty(DCTerms.title, site.serviceTitle(), "en")
                .addProperty(DCTerms.description, site.serviceDescription(), "en")
                .addProperty(DCAT.endpointURL, m.createResource(at.sparql()))
                .addProperty(DCAT.endpointDescription, m.createResource(at.sparql()))
                .addProperty(DCTerms.conformsTo, m.createResource(SD.PROTOCOL.getURI(), DCTerms.Standard))
                .addProperty(DCTerms.license, licence)
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.theme, theme);
        Resource dataset = m.createResource(scheme.dataset(), DCAT.Dataset)
                .addProperty(DCTerms.title, site.title(), "en")
                .addProperty(DCTerms.description, site.description(), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCAT.theme, theme)
                .addProperty(DCAT.landingPage, m.createResource(at.home(), FOAF.Document))
                .addLiteral(DCTerms.issued, dateTime(issued))
                .addLiteral(DCTerms.modified, dateTime(modified));
        for (String k : site.keywords()) {
            dataset.addProperty(DCAT.keyword, k.strip(), "en");
            service.addProperty(DCAT.keyword, k.strip(), "en");
        }
        languages.forEach(code -> dataset.addProperty(DCTerms.language, entry("language", code, DCTerms.LinguisticSystem)));
        creators.forEach(c -> dataset.addProperty(DCTerms.creator, c));
        places.forEach(p -> dataset.addProperty(DCTerms.spatial, p));
        if (!dates.isEmpty()) {
            dataset.addProperty(DCTerms.temporal, m.createResource(scheme.datasetPart("period"), DCTerms.PeriodOfTime)
                    .addLiteral(DCAT.startDate, date(issued))
                    .addLiteral(DCAT.endDate, date(modified)));
        }
        service.addProperty(DCAT.servesDataset, dataset);
        Resource availability = entry("planned-availability", site.availability(), SKOS.Concept);
        for (Dump d : dumps) {
            dataset.addProperty(DCAT.distribution, distribution(d, licence, availability, issued, modified));
        }
        dataset.addProperty(DCAT.distribution, m.createResource(scheme.datasetPart("distribution/sparql"), DCAT.Distribution)
                .addProperty(DCTerms.title, site.serviceTitle(), "en")
                .addProperty(DCTerms.description, site.serviceDescription(), "en")
                .addProperty(DCAT.accessURL, m.createResource(at.sparql()))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.format, entry("file-type", "SPARQLQ", DCTerms.MediaTypeOrExtent))
                .addProperty(DCATAP_AVAILABILITY, availability)
                .addProperty(DCTerms.license, licence));
        Resource catalog = m.createResource(scheme.catalog(), DCAT.Catalog)
                .addProperty(DCTerms.title, site.catalogTitle(), "en")
                .addProperty(DCTerms.description, site.catalogDescription(), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.language, entry("language", "ENG", DCTerms.LinguisticSystem))
                .addProperty(DCTerms.license, licence)
                .addProperty(FOAF.homepage, m.createResource(at.home(), FOAF.Document))
                .addProperty(DCAT.themeTaxonomy, table("data-theme"))
                .addProperty(DCAT.dataset, dataset)
                .addProperty(DCAT.service, service)
                .addLiteral(DCTerms.issued, dateTime(issued))
                .addLiteral(DCTerms.modified, dateTime(modified));
        places.forEach(p -> catalog.addProperty(DCTerms.spatial, p));
        return m;
    }

    private Resource distribution(Dump d, Resource licence, Resource availability, Instant issued, Instant modified) {
        String iri = scheme.datasetPart("distribution/" + d.key());
        Resource algorithm = m.createResource(SPDX.checksumAlgorithm_sha256_https.getURI(), SPDX.ChecksumAlgorithm)
                .addProperty(RDFS.label, "SHA-256", "en")
                .addProperty(OWL.sameAs, SPDX.checksumAlgorithm_sha256);
        Resource checksum = m.createResource(scheme.datasetPart("distribution/" + d.key() + "/checksum"), SPDX.Checksum)
                .addProperty(SPDX.algorithm, algorithm)
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
                .addProperty(DCAT.accessURL, m.createResource(at.downloads()))
                .addProperty(DCAT.downloadURL, m.createResource(at.downloads() + d.file()))
                .addProperty(DCTerms.format, entry("file-type", d.fileType(), DCTerms.MediaTypeOrExtent))
                .addProperty(DCAT.mediaType, m.createResource(IANA.mediaType(d.format().mediaType()).getURI(), DCTerms.MediaType))
                .addLiteral(DCAT.byteSize, m.createTypedLiteral(Long.toString(d.size()), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(SPDX.checksum, checksum)
                .addProperty(DCATAP_AVAILABILITY, availability)
                .addProperty(DCTerms.license, licence)
                .addLiteral(DCTerms.issued, dateTime(issued))
                .addLiteral(DCTerms.modified, dateTime(modified));
        if (d.compression() != null) {
            r.addProperty(DCAT.compressFormat, m.createResource(IANA.mediaType(d.compression()).getURI(), DCTerms.MediaType));
        }
        return r;
    }

    /**
     * The publisher: its entry in the EU corporate-body table when the site names one, else an agent of the
     * server's own; an agent with a name and an ADMS type either way.
     */
    private Resource publisher() {
        SiteText.Publisher p = site.publisher();
        Resource agent = p.body().isEmpty()
                ? m.createResource(scheme.datasetPart("publisher"))
                : concept(EUAuthority.corporateBody(p.body()), EUAuthority.table("corporate-body"), "corporate-body", p.name());
        return agent.addProperty(RDF.type, FOAF.Agent).addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, p.name())
                .addProperty(DCTerms.type, adms(ADMS.publisherType(p.type()), ADMS.PUBLISHER_TYPES,
                        "adms-publishertype", p.type()));
    }

    /**
     * The creators of the documents as the EU corporate bodies their authors are the same as (an author
     * without one is left out), each an agent with its English name from the data and its ADMS type by its
     * classification; sorted by IRI.
     */
    private List<Resource> creators(Model content) {
        TreeMap<String, Resource> bodies = new TreeMap<>();
        for (Resource author : authors(content)) {
            for (RDFNode same : content.listObjectsOfProperty(author, OWL.sameAs).toList()) {
                if (same.isURIResource() && same.asResource().getURI().startsWith(CORPORATE_BODY)) {
                    bodies.put(same.asResource().getURI(), author);
                }
            }
        }
        List<Resource> out = new ArrayList<>();
        bodies.forEach((iri, author) -> {
            String code = iri.substring(CORPORATE_BODY.length());
            String name = englishName(author, code);
            Resource body = concept(m.createResource(iri), EUAuthority.table("corporate-body"), "corporate-body", name)
                    .addProperty(RDF.type, FOAF.Agent).addProperty(RDF.type, FOAF.Organization)
                    .addProperty(FOAF.name, name, "en");
            for (String classification : classifications(author)) {
                String type = labels.getProperty("agentType." + classification);
                if (type != null) {
                    body.addProperty(DCTerms.type, adms(ADMS.publisherType(type), ADMS.PUBLISHER_TYPES,
                            "adms-publishertype", type));
                }
            }
            out.add(body);
        });
        return out;
    }

    /**
     * The spatial coverage: the places that the classifications of the documents' authors stand for (an EU
     * institution for the Union), each a {@code dct:Location} with its bounding box and centre; sorted.
     */
    private List<Resource> places(Model content) {
        TreeSet<String> entries = new TreeSet<>();
        for (Resource author : authors(content)) {
            for (String classification : classifications(author)) {
                String place = labels.getProperty("spatial." + classification);
                if (place != null) {
                    entries.add(place);
                }
            }
        }
        List<Resource> out = new ArrayList<>();
        for (String e : entries) {
            String table = e.substring(0, e.indexOf('/'));
            Resource place = entry(table, e.substring(e.indexOf('/') + 1), DCTerms.Location);
            String bbox = labels.getProperty("bbox." + e);
            String centroid = labels.getProperty("centroid." + e);
            if (bbox != null) {
                place.addLiteral(DCAT.bbox, m.createTypedLiteral(bbox, TypeMapper.getInstance().getSafeTypeByName(WKT)));
            }
            if (centroid != null) {
                place.addLiteral(DCAT.centroid, m.createTypedLiteral(centroid, TypeMapper.getInstance().getSafeTypeByName(WKT)));
            }
            out.add(place);
        }
        return out;
    }

    /** The authors ({@code dct:creator}) of the published documents. */
    private static List<Resource> authors(Model content) {
        List<Resource> out = new ArrayList<>();
        for (Resource doc : content.listSubjectsWithProperty(RDF.type, CCG.CouncilText).toList()) {
            for (Statement s : doc.listProperties(DCTerms.creator).toList()) {
                if (s.getObject().isURIResource()) {
                    out.add(s.getResource());
                }
            }
        }
        return out;
    }

    /** The classifications of an author as {@code table/code} keys, e.g. {@code corporate-body-classification/EU_INST}. */
    private static List<String> classifications(Resource author) {
        List<String> out = new ArrayList<>();
        for (Statement s : author.listProperties(ORG.classification).toList()) {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(EUAuthority.NS)) {
                out.add(s.getResource().getURI().substring(EUAuthority.NS.length()));
            }
        }
        out.sort(null);
        return out;
    }

    private static String englishName(Resource author, String fallback) {
        for (Property p : List.of(SKOS.prefLabel, RDFS.label)) {
            for (Statement s : author.listProperties(p).toList()) {
                if (s.getObject().isLiteral() && s.getLanguage().equals("en")) {
                    return s.getString();
                }
            }
        }
        return fallback;
    }

    /** An entry of an EU authority table, typed, labelled and put in its table. */
    private Resource entry(String table, String code, Resource type) {
        String label = labels.getProperty(table + "/" + code);
        return concept(EUAuthority.entry(table, code), EUAuthority.table(table), table, label != null ? label : code)
                .addProperty(RDF.type, type);
    }

    /** An entry of an ADMS vocabulary, labelled by {@code table/code} in the labels file. */
    private Resource adms(Resource iri, Resource scheme, String table, String code) {
        return concept(iri, scheme, table, labels.getProperty(table + "/" + code, code));
    }

    /** A SKOS concept with an English label, in a scheme titled by {@code schemeKey} in the labels file. */
    private Resource concept(Resource iri, Resource scheme, String schemeKey, String label) {
        m.createResource(scheme.getURI(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, labels.getProperty(schemeKey, schemeKey), "en");
        return m.createResource(iri.getURI(), SKOS.Concept)
                .addProperty(SKOS.prefLabel, label, "en")
                .addProperty(SKOS.inScheme, m.createResource(scheme.getURI()));
    }

    private Resource table(String table) {
        return m.createResource(EUAuthority.table(table).getURI(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, labels.getProperty(table, table), "en");
    }

    private Literal dateTime(Instant t) {
        return m.createTypedLiteral(t.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    private Literal date(Instant t) {
        return m.createTypedLiteral(t.atOffset(ZoneOffset.UTC).toLocalDate().toString(), XSDDatatype.XSDdate);
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
