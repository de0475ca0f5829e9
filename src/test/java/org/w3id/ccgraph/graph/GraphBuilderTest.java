package org.w3id.ccgraph.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.io.GraphWriter;
import org.w3id.ccgraph.io.RdfFormat;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.convert.Conversion;

class GraphBuilderTest {

    private static CouncilText doc;
    private static Model graph;

    @BeforeAll
    static void build() {
        Conversion c = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled();
        doc = c.document();
        graph = c.graph();
    }

    @Test
    void describesTheConclusionsAsAnEliWorkOfTypeConcl() {
        Resource work = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19");
        assertTrue(work.hasProperty(RDF.type, ELI.Work));
        assertTrue(work.hasProperty(ELI.work_type, EUAuthority.resourceType("CONCL")));
        assertEquals("12862/19", work.getProperty(ELI.number).getString());
        assertEquals("2019-10-08", work.getProperty(ELI.date_document).getString());
        assertTrue(work.hasProperty(DCTerms.language, EUAuthority.language("DAN")));
        assertTrue(work.hasProperty(DCTerms.creator, graph.createResource("https://w3id.org/ccgraph/id/actor/council")));
        assertEquals("da", work.getProperty(DCTerms.title).getLanguage());
        assertEquals(5, work.listProperties(CCG.classificationCode).toList().size());
        assertTrue(work.hasProperty(CCG.originalLanguage, EUAuthority.language("ENG")));
    }

    @Test
    void linksSubPointsToTheirParagraphAndParagraphsToTheDocument() {
        Resource p7 = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/p/7");
        Resource p7c = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/p/7/c");
        assertTrue(p7c.hasProperty(ELI.is_part_of, p7));
        assertTrue(p7.hasProperty(ELI.has_part, p7c));
        assertEquals(10, p7.listProperties(ELI.has_part).toList().size());
        assertEquals(25, graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19")
                .listProperties(ELI.has_part).toList().size());
        assertEquals("c", p7c.getProperty(ELI.number).getString(), "the number as printed");
        assertTrue(p7c.hasProperty(RDF.type, CCG.Point));
        assertTrue(p7c.hasProperty(ELI.type_subdivision, EUAuthority.subdivision("PTA")));
        assertTrue(p7.hasProperty(ELI.type_subdivision, EUAuthority.subdivision("PAR")));
    }

    @Test
    void linksEachFootnoteFromTheSubdivisionCarryingItsAnchor() {
        Resource p22 = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/p/22");
        assertEquals(2, p22.listProperties(CCG.hasFootnote).toList().size());
        Resource fn15 = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/fn/15");
        assertTrue(fn15.hasProperty(CCG.anchoredIn, graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/p/25")));
        assertEquals(15, graph.listSubjectsWithProperty(RDF.type, CCG.Footnote).toList().size());
    }

    @Test
    void hasNoBlankNodes() {
        for (Statement s : graph.listStatements().toList()) {
            assertFalse(s.getSubject().isAnon(), s::toString);
            assertFalse(s.getObject().isAnon(), s::toString);
        }
    }

    @Test
    void givesByteIdenticalSortedNTriplesOnTwoRuns() throws Exception {
        Model again = Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().graph();
        assertArrayEquals(ntriples(graph), ntriples(again));
        assertTrue(graph.isIsomorphicWith(again));
    }

    private static byte[] ntriples(Model m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphWriter(RdfFormat.NTRIPLES).write(m, out);
        return out.toByteArray();
    }

    @Test
    void everyPositionSelectorCoversExactlyTheQuotedText() {
        SourceText source = doc.source();
        String text = source.text();
        String q = "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT ?exact ?start ?end ?prefix ?suffix WHERE { "
                + "?r oa:hasSelector ?qs, ?ps . ?qs oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix . "
                + "?ps oa:start ?start ; oa:end ?end }";
        int count = 0;
        try (QueryExecution qe = QueryExecution.model(graph).query(q).build()) {
            for (QuerySolution s : (Iterable<QuerySolution>) qe::execSelect) {
                int start = text.offsetByCodePoints(0, s.getLiteral("start").getInt());
                int end = text.offsetByCodePoints(0, s.getLiteral("end").getInt());
                String exact = s.getLiteral("exact").getString();
                assertEquals(exact, text.substring(start, end));
                assertTrue(text.substring(0, start).endsWith(s.getLiteral("prefix").getString()));
                assertTrue(text.substring(end).startsWith(s.getLiteral("suffix").getString()));
                count++;
            }
        }
        assertEquals(graph.listSubjectsWithProperty(RDF.type, OA.TextPositionSelector).toList().size(), count);
        assertTrue(count > doc.subdivisions().size() + doc.footnotes().size(), "facts have selectors too: " + count);
    }

    @Test
    void publishesTheNormalisedTextSoThatSelectorsCanBeChecked() {
        Resource text = graph.createResource("https://w3id.org/ccgraph/id/doc/12862-19/text/da");
        assertTrue(text.hasProperty(RDF.type, CCG.SourceText));
        assertEquals(doc.source().text(), text.getProperty(CCG.content).getString());
        assertEquals(doc.source().sha256(), text.getProperty(CCG.sha256).getString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"http://example.org/data/", "https://example.org/ccg/",
            "http://localhost:3044/"})
    void mintsEveryIriUnderAConfiguredBaseAndTheGraphStillConforms(String base) {
        org.w3id.ccgraph.convert.Conversion c = Converter.create().base(base).build().convertBundled();
        assertTrue(c.conforms(), () -> c.report().getEntries().toString());
        Model other = c.graph();
        java.util.Set<String> iris = new java.util.TreeSet<>();
        other.listStatements().forEach(st -> {
            iris.add(st.getSubject().getURI());
            if (st.getObject().isURIResource()) {
                iris.add(st.getObject().asResource().getURI());
            }
        });
        List<String> canonical = iris.stream().filter(u -> u.startsWith(IriScheme.DEFAULT_BASE)
                && !u.startsWith(CCG.NS)).toList();
        assertEquals(List.of(), canonical, "nothing left under the canonical base but the ontology namespace");
        List<String> prefixes = other.getNsPrefixMap().entrySet().stream()
                .filter(e -> e.getValue().startsWith(IriScheme.DEFAULT_BASE) && !e.getValue().equals(CCG.NS))
                .map(e -> e.getKey() + ": " + e.getValue()).toList();
        assertEquals(List.of(), prefixes, "no prefix names a namespace the data left");
        assertTrue(iris.stream().filter(u -> u.startsWith(base)).allMatch(u -> u.startsWith(base + "id/")), iris::toString);
        assertTrue(other.contains(other.createResource(base + "id/instrument/dir-2011-93"), RDF.type, CCG.Instrument));
        assertTrue(other.listSubjects().toList().stream().map(Resource::getURI).allMatch(u -> u.startsWith(base + "id/")));
    }

    @Test
    void refusesABaseThatIsNotAnAbsoluteHttpIriEndingWithASlash() {
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("example.org/"));
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("https://example.org/x"));
        assertThrows(IllegalArgumentException.class, () -> new IriScheme("https://exa mple.org/"));
    }

    @Test
    void slugsDocumentNumbersReadably() {
        assertEquals("12862-19", IriScheme.slug("12862/19"));
        assertEquals("st-9798-15", IriScheme.slug(" ST 9798/15 "));
    }

    @Test
    void everyNodeOfTheGraphHasAnEnglishLabel() {
        List<String> unlabelled = graph.listSubjects().toList().stream()
                .filter(r -> r.listProperties(org.apache.jena.vocabulary.RDFS.label).toList().stream()
                        .noneMatch(st -> "en".equals(st.getLanguage())))
                .map(Resource::getURI).sorted().toList();
        assertEquals(List.of(), unlabelled);
    }
}
