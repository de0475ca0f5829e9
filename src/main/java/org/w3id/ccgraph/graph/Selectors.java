package org.w3id.ccgraph.graph;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.structure.Span;

/**
 * Provenance into the published source text: for a fact and a span, an {@code oa:SpecificResource} at
 * {@code <fact>/source} with a quote selector ({@code .../quote}: exact, prefix, suffix) and a position
 * selector ({@code .../position}: start, end in code points, 0-based, end exclusive).
 */
final class Selectors {

    /** Code points of context kept before and after the quote. */
    static final int CONTEXT = 32;

    private final IriScheme scheme;
    private final Model model;
    private final SourceText source;
    private final Resource text;

    Selectors(IriScheme scheme, Model model, SourceText source, Resource text) {
        this.scheme = scheme;
        this.model = model;
        this.source = source;
        this.text = text;
    }

    /** Links {@code fact} with {@code prov:wasDerivedFrom} to the span of the source it was read from. */
    void derive(Resource fact, Span span) {
        String iri = scheme.source(fact.getURI());
        String body = source.text();
        int start = source.codePointOffset(span.start());
        int end = source.codePointOffset(span.end());
        Resource quote = model.createResource(scheme.selector(fact.getURI(), "quote"), OA.TextQuoteSelector)
                .addProperty(OA.exact, span.of(body))
                .addProperty(OA.prefix, body.substring(back(body, span.start()), span.start()))
                .addProperty(OA.suffix, body.substring(span.end(), forward(body, span.end())))
                .addProperty(RDFS.label, "quote of " + label(fact), "en");
        Resource position = model.createResource(scheme.selector(fact.getURI(), "position"), OA.TextPositionSelector)
                .addLiteral(OA.start, model.createTypedLiteral(Integer.toString(start), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(OA.end, model.createTypedLiteral(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(RDFS.label, "position of " + label(fact), "en");
        Resource specific = model.createResource(iri, OA.SpecificResource)
                .addProperty(OA.hasSource, text)
                .addProperty(OA.hasSelector, quote)
                .addProperty(OA.hasSelector, position)
                .addProperty(RDFS.label, "source of " + label(fact), "en");
        fact.addProperty(PROV.wasDerivedFrom, specific);
    }

    private static String label(Resource fact) {
        org.apache.jena.rdf.model.Statement s = fact.getProperty(RDFS.label, "en");
        return s == null ? fact.getURI() : s.getString();
    }

    /** The offset up to {@value #CONTEXT} code points before {@code from}. */
    private static int back(String s, int from) {
        int at = from;
        for (int n = 0; n < CONTEXT && at > 0; n++) {
            at -= Character.isLowSurrogate(s.charAt(at - 1)) && at > 1 && Character.isHighSurrogate(s.charAt(at - 2)) ? 2 : 1;
        }
        return at;
    }

    /** The offset up to {@value #CONTEXT} code points after {@code from}. */
    private static int forward(String s, int from) {
        int at = from;
        for (int n = 0; n < CONTEXT && at < s.length(); n++) {
            at += Character.isHighSurrogate(s.charAt(at)) && at + 1 < s.length() && Character.isLowSurrogate(s.charAt(at + 1)) ? 2 : 1;
        }
        return at;
    }
}
