package org.w3id.ccgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.StructureParser;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * Language and document knowledge lives in data: no Java source mentions the bundled document's number,
 * a run of four words from any of its paragraphs, or a name or verb of its language's lexicon that it uses.
 */
class NoDocumentSpecificCodeTest {

    @Test
    void noJavaSourceQuotesTheBundledDocumentOrALexicon() throws IOException {
        CouncilText doc = new StructureParser().parse(Converter.bundledText());
        Set<String> forbidden = new TreeSet<>();
        forbidden.add(doc.header().number().value().split("/")[0]);
        for (Subdivision s : doc.subdivisions()) {
            String[] words = s.text().toLowerCase(Locale.ROOT).split("\\s+");
            for (int i = 0; i + 4 <= words.length; i++) {
                forbidden.add(String.join(" ", List.of(words).subList(i, i + 4)));
            }
        }
        String body = doc.source().text().toLowerCase(Locale.ROOT);
        for (String file : List.of("actors.tsv", "instruments.tsv", "verbs.tsv")) {
            String text = new String(BundledFiles.read(doc.language().folder() + file), StandardCharsets.UTF_8);
            text.lines().filter(l -> !l.startsWith("#") && l.contains("\t")).skip(1)
                    .map(l -> l.split("\t")[1].toLowerCase(Locale.ROOT))
                    .filter(f -> f.length() >= 5 && body.contains(f)).forEach(forbidden::add);
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f).toLowerCase(Locale.ROOT);
                for (String s : forbidden) {
                    if (source.contains(s)) {
                        found.add(f.getFileName() + ": " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void germanIsDataOnlyNoJavaSourceNamesItOrItsWords() throws IOException {
        List<String> words = new ArrayList<>(List.of("\"de\"", "deu\"", "german"));
        for (String file : List.of("verbs.tsv", "actors.tsv", "speakers.tsv", "recitals.tsv")) {
            String text = new String(BundledFiles.read("lexicon/de/" + file), StandardCharsets.UTF_8);
            text.lines().filter(l -> !l.startsWith("#") && l.contains("\t")).skip(1)
                    .map(l -> l.split("\t")[1].toLowerCase(Locale.ROOT)).filter(f -> f.length() >= 6).forEach(words::add);
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f).toLowerCase(Locale.ROOT);
                words.stream().filter(source::contains).forEach(w -> found.add(f.getFileName() + ": " + w));
            }
        }
        assertEquals(List.of(), found);
        assertTrue(org.w3id.ccgraph.structure.Language.codes().contains("de"));
    }
}
