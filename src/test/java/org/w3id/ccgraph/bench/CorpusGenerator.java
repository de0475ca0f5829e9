package org.w3id.ccgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.document.SourceText;
import org.w3id.ccgraph.structure.Anchor;
import org.w3id.ccgraph.structure.CouncilText;
import org.w3id.ccgraph.structure.Footnote;
import org.w3id.ccgraph.structure.StructureParser;
import org.w3id.ccgraph.structure.Subdivision;

/**
 * A synthetic corpus for benchmarks and corpus tests: N documents derived deterministically (seeded by
 * their index) from the bundled one. Each has its own number and date, a subset of the paragraphs in
 * another order and renumbered (sub-points, anchors and footnotes follow them), and actors and cited
 * numbers substituted, so each is valid input in the same layout.
 *
 * <p>Usage: {@code java -cp ... org.w3id.ccgraph.bench.CorpusGenerator N FOLDER}
 */
public final class CorpusGenerator {

    private static final String[] SUPER = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074", "\u2075", "\u2076",
            "\u2077", "\u2078", "\u2079"};
    /** Actor names swapped with each other, both ways (Danish forms of the bundled text). */
    private static final String[][] SWAPS = {{"Europol", "Eurojust"}, {"Kommissionen", "Europa-Parlamentet"},
            {"erhvervslivet", "civilsamfundet"}, {"medlemsstaterne", "tredjelandene"}};
    private static final Pattern NUMBERS = Pattern.compile("(direktiv \\d{4}/)(\\d+)(/EU)|(COM\\\\?\\(\\d{4}\\\\?\\) )(\\d+)|(Dok\\. )(\\d+)(/\\d{2})");
    private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
            "september", "oktober", "november", "december"};

    private final CouncilText source;
    private final String text;

    /** A generator deriving from the bundled document. */
    public CorpusGenerator() {
        SourceText bundled = Converter.bundledText();
        this.source = new StructureParser().parse(bundled);
        this.text = bundled.text();
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path dir = Path.of(args[1]);
        new CorpusGenerator().write(n, dir);
        System.out.println(n + " documents in " + dir);
    }

    /** Writes documents 1..n as {@code doc-00001.txt} ... into a folder. */
    public List<Path> write(int n, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Path f = dir.resolve(String.format("doc-%05d.txt", i));
            Files.writeString(f, document(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** The text of document {@code i}. */
    public String document(int i) {
        Random random = new Random(i * 7919L);
        int number = 10000 + i;
        int year = 15 + random.nextInt(10);
        int day = 1 + random.nextInt(28);
        String month = MONTHS[random.nextInt(12)];
        StringBuilder out = new StringBuilder();
        out.append("Bruxelles, den ").append(day).append(". ").append(month).append(" 20").append(year).append("\n(OR. en)\n\n");
        out.append(number).append('/').append(year).append("\n\nJAI ").append(100 + random.nextInt(900)).append("\n\n");
        out.append("RESULTAT AF DRØFTELSENE\n\nfra: Generalsekretariatet for Rådet\n\ndato: ").append(day).append(". ")
                .append(month).append(" 20").append(year).append("\n\ntil: delegationerne\n\n");
        out.append("Vedr.: Rådets konklusioner nr. ").append(i).append("\n\n");
        out.append("Vedlagt følger til delegationerne Rådets konklusioner, der blev vedtaget af Rådet på ")
                .append(3000 + i).append(". samling den ").append(day).append(". ").append(month).append(" 20").append(year).append(".\n\n");
        out.append("RÅDETS KONKLUSIONER nr. ").append(i).append("\n\n");
        List<Subdivision> paragraphs = new ArrayList<>(source.paragraphs());
        java.util.Collections.shuffle(paragraphs, random);
        int keep = 12 + random.nextInt(paragraphs.size() - 11);
        int footnote = 0;
        List<String> notes = new ArrayList<>();
        for (int p = 0; p < keep; p++) {
            Subdivision para = paragraphs.get(p);
            Map<Integer, Integer> renumber = new HashMap<>();
            out.append(p + 1).append(". ").append(body(para, renumber, footnote, random)).append('\n');
            footnote += renumber.size();
            for (Subdivision sub : source.subdivisions()) {
                if (para.path().equals(sub.parent())) {
                    int before = renumber.size();
                    String b = body(sub, renumber, footnote - before, random);
                    footnote += renumber.size() - before;
                    out.append(" - ").append(sub.number()).append(". ").append(b).append('\n');
                }
            }
            for (Map.Entry<Integer, Integer> e : renumber.entrySet().stream().sorted(Map.Entry.comparingByValue()).toList()) {
                Footnote f = source.footnotes().stream().filter(x -> x.number() == e.getKey()).findFirst().orElseThrow();
                notes.add(superscript(e.getValue()) + " " + substitute(raw(f.segments()), random));
            }
            if (!notes.isEmpty() && random.nextBoolean()) {
                out.append('\n');
                notes.forEach(note -> out.append(note).append("\n\n"));
                notes.clear();
            }
        }
        out.append('\n');
        notes.forEach(note -> out.append(note).append("\n\n"));
        return out.toString();
    }

    private String body(Subdivision s, Map<Integer, Integer> renumber, int offset, Random random) {
        String raw = raw(s.segments());
        int base = s.segments().get(0).start();
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Anchor a : s.anchors()) {
            int from = a.span().start() - base;
            b.append(raw, at, from);
            int n = renumber.computeIfAbsent(a.number(), k -> offset + renumber.size() + 1);
            b.append(superscript(n));
            at = a.span().end() - base;
        }
        b.append(raw.substring(at));
        return substitute(b.toString(), random);
    }

    private String raw(List<org.w3id.ccgraph.structure.Span> segments) {
        StringBuilder sb = new StringBuilder();
        for (var seg : segments) {
            sb.append(sb.length() == 0 ? "" : " ").append(text, seg.start(), seg.end());
        }
        return sb.toString();
    }

    private static String substitute(String s, Random random) {
        String out = s;
        for (String[] swap : SWAPS) {
            if (random.nextInt(3) == 0) {
                out = out.replace(swap[0], "\u0000").replace(swap[1], swap[0]).replace("\u0000", swap[1]);
            }
        }
        Matcher m = NUMBERS.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replaced;
            if (m.group(1) != null) {
                replaced = m.group(1) + (1 + random.nextInt(99)) + m.group(3);
            } else if (m.group(4) != null) {
                replaced = m.group(4) + (100 + random.nextInt(800));
            } else {
                replaced = m.group(6) + (1000 + random.nextInt(15000)) + m.group(8);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String superscript(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append(SUPER[c - '0']);
        }
        return sb.toString();
    }
}
