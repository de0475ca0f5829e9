package org.w3id.ccgraph.graph;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of the resources ccgraph describes, readable and deterministic, under a configurable
 * base (default {@value #DEFAULT_BASE}). Data lives under {@code <base>id/}:
 * <ul>
 *   <li>{@code id/doc/1234-20}: the conclusions (document number with "/" as "-")</li>
 *   <li>{@code id/doc/1234-20/p/5}, {@code .../p/7a}: a paragraph, a sub-point</li>
 *   <li>{@code id/doc/1234-20/fn/3}: a footnote</li>
 *   <li>{@code id/doc/1234-20/text/da}: the published normalised source text in one language</li>
 *   <li>{@code id/actor/council}: an actor or organisation</li>
 *   <li>{@code id/instrument/dir-2011-93}: a cited instrument</li>
 *   <li>{@code id/dataset}, {@code id/dataset/...}: the published dataset, its dumps and services</li>
 *   <li>{@code catalog}: the DCAT catalogue of the published dataset</li>
 * </ul>
 * The ontology is not under the base: its namespace is fixed ({@link CCG#NS}).
 *
 * @param base the base IRI, absolute http(s), ending with "/"
 */
public record IriScheme(String base) {

    /** The canonical base. */
    public static final String DEFAULT_BASE = "https://w3id.org/ccgraph/";

    private static final Pattern BASE = Pattern.compile("^https?://[^\\s<>\"{}|\\\\^`#?]+/$");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    public IriScheme {
        if (!BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("expected an absolute http(s) IRI ending with '/', found '" + base + "'");
        }
    }

    /** The scheme with the canonical base. */
    public static IriScheme defaults() {
        return new IriScheme(DEFAULT_BASE);
    }

    /** Where all data IRIs start: {@code <base>id/}. */
    public String dataSpace() {
        return base + "id/";
    }

    /** A document by its number ("1234/20" gives {@code id/doc/1234-20}). */
    public String document(String number) {
        return dataSpace() + "doc/" + slug(number);
    }

    /**
     * A parsed text: by the identifier its header prints (Council document number, CELEX, Official Journal
     * publication number), else by the first twelve hex digits of its SHA-256 ({@code id/doc/text-3f2a...}).
     */
    public String document(org.w3id.ccgraph.structure.CouncilText text) {
        org.w3id.ccgraph.structure.Field id = text.header().identifier();
        return id != null ? document(id.value()) : dataSpace() + "doc/text-" + text.source().sha256().substring(0, 12);
    }

    /**
     * An element of a document by its path: "p/5", "p/7/a", "recital/2", "block/3/p/1", "annex/1/p/4",
     * "fn/3" (the path's segments are already lower-case letters, digits and hyphens).
     */
    public String element(String documentIri, String path) {
        return documentIri + "/" + path;
    }

    /** The published normalised text of a document in a language. */
    public String sourceText(String documentIri, String language) {
        return documentIri + "/text/" + slug(language);
    }

    /** An actor or organisation by its key in the reference data. */
    public String actor(String key) {
        return dataSpace() + "actor/" + slug(key);
    }

    /** A cited instrument by its key. */
    public String instrument(String key) {
        return dataSpace() + "instrument/" + slug(key);
    }

    /** A speech-act concept by its notation ("calls-on"). */
    public String speechAct(String notation) {
        return dataSpace() + "speech-act/" + slug(notation);
    }

    /** A deontic force concept by its notation ("urging"). */
    public String force(String notation) {
        return dataSpace() + "force/" + slug(notation);
    }

    /** The speaker formula at the head of a document's preamble: {@code <document>/speaker-formula}. */
    public String speakerFormula(String documentIri) {
        return documentIri + "/speaker-formula";
    }

    /** The {@code n}-th speech act of an element: {@code <element>/act/N}. */
    public String act(String elementIri, int n) {
        return elementIri + "/act/" + n;
    }

    /** The {@code n}-th obligation standing in an element: {@code <element>/obligation/N}. */
    public String obligation(String elementIri, int n) {
        return elementIri + "/obligation/" + n;
    }

    /** The deadline of an obligation: {@code <obligation>/deadline}. */
    public String deadline(String obligationIri) {
        return obligationIri + "/deadline";
    }

    /** The frequency of an obligation: {@code <obligation>/frequency}. */
    public String frequencyOf(String obligationIri) {
        return obligationIri + "/frequency";
    }

    /** The {@code n}-th mention of an actor in an element or footnote: {@code <element>/mention/N}. */
    public String mention(String elementIri, int n) {
        return elementIri + "/mention/" + n;
    }

    /** The {@code n}-th citation of an instrument in an element or footnote: {@code <element>/citation/N}. */
    public String citation(String elementIri, int n) {
        return elementIri + "/citation/" + n;
    }

    /** The provenance of a fact: {@code <fact>/source}, with {@code .../quote} and {@code .../position}. */
    public String source(String factIri) {
        return factIri + "/source";
    }

    /** A selector of a fact's provenance: {@code <fact>/source/quote} or {@code <fact>/source/position}. */
    public String selector(String factIri, String kind) {
        return source(factIri) + "/" + kind;
    }

    /** The software agent of a version of ccgraph: {@code id/agent/ccgraph-<version>}. */
    public String agent(String version) {
        return dataSpace() + "agent/ccgraph-" + slug(version);
    }

    /** The named graph of the shared reference data in a dataset: {@code id/reference}. */
    public String referenceGraph() {
        return dataSpace() + "reference";
    }

    /** A frequency of ccgraph's own scheme, for what the EU frequency table has no code for ("regular"). */
    public String frequency(String notation) {
        return dataSpace() + "frequency/" + slug(notation);
    }

    /** A conversion run. */
    public String run(String id) {
        return dataSpace() + "run/" + slug(id);
    }

    /** The DCAT catalogue of what the server publishes: {@code <base>catalog}, served at that path. */
    public String catalog() {
        return base + "catalog";
    }

    /** The dataset the server publishes (a {@code dcat:Dataset} and {@code void:Dataset}). */
    public String dataset() {
        return dataSpace() + "dataset";
    }

    /** A part of the dataset description, e.g. {@code datasetPart("dump/ttl")} or {@code "sparql"}. */
    public String datasetPart(String path) {
        return dataset() + "/" + path;
    }

    /** Lower-case letters and digits, every other run of characters as one "-". */
    public static String slug(String text) {
        String s = NON_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '-') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '-') {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * Rewrites an IRI minted under the canonical base to this scheme's base: the data space ({@code id/}) and
     * the catalogue move; the vocabulary namespaces under the canonical base (the ontology {@code def#}, the
     * shapes {@code shapes#}) do not, whatever the base.
     */
    public String rebase(String iri) {
        boolean data = iri.startsWith(DEFAULT_BASE + "id/") || iri.equals(DEFAULT_BASE + "id")
                || iri.equals(DEFAULT_BASE + "catalog");
        return data ? base + iri.substring(DEFAULT_BASE.length()) : iri;
    }
}
