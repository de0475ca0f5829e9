package org.w3id.ccgraph.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.ccgraph.convert.Converter;
import org.w3id.ccgraph.structure.Markup;

/**
 * How the text pipeline scales with the size of its input. Markup: characters per second of
 * {@link Markup#clean} on text that used to make it quadratic (a run of '[') and on ordinary text, at
 * two sizes, so that a linear rate shows as the same rate. A long document: the whole {@code convert}
 * of a generated document of N paragraphs (the bundled paragraphs, cycled and renumbered), validated and
 * not, in fresh JVMs.
 *
 * <p>Usage: {@code java -cp target/test-classes:target/ccgraph.jar org.w3id.ccgraph.bench.TextScaling WORKDIR
 * [PARAGRAPHS]}; {@code -Dfigures=m} for the markup rates only, {@code -Dfigures=p} for the document only.
 */
public final class TextScaling {

    private TextScaling() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int paragraphs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Files.createDirectories(work);
        String figures = System.getProperty("figures", "mp");
        if (figures.contains("m")) {
            markup();
        }
        if (figures.contains("p")) {
            document(work, paragraphs);
        }
    }

    static void markup() {
        String text = Converter.bundledText().text();
        for (int size : new int[] {100_000, 1_000_000}) {
            rate("run of '['", "[".repeat(size));
            rate("run of \"[](\"", "[](".repeat(size / 3));
            rate("bundled text, repeated", text.repeat(size / text.length() + 1).substring(0, size));
        }
    }

    private static void rate(String what, String input) {
        for (int i = 0; i < 3; i++) {
            Markup.clean(input);
        }
        int runs = 10;
        long t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Markup.clean(input);
        }
        double seconds = (System.nanoTime() - t0) / 1e9 / runs;
        System.out.printf(Locale.ROOT, "Markup.clean, %-24s %9d chars: %8.2f ms, %6.1f M chars/s%n", what, input.length(),
                seconds * 1000, input.length() / seconds / 1e6);
    }

    static void document(Path work, int paragraphs) throws Exception {
        Path doc = work.resolve("paragraphs-" + paragraphs + ".txt");
        Files.writeString(doc, generate(paragraphs), StandardCharsets.UTF_8);
        Path jar = Path.of("target/ccgraph.jar").toAbsolutePath();
        for (String validation : new String[] {"--no-validate", ""}) {
            List<String> cmd = new ArrayList<>(List.of("-jar", jar.toString(), "convert", doc.toString(), "-o",
                    work.resolve("paragraphs.nt").toString()));
            if (!validation.isEmpty()) {
                cmd.add(validation);
            }
            Benchmarks.Run r = Benchmarks.run(cmd);
            System.out.printf(Locale.ROOT, "convert of %d paragraphs (%d bytes) %s: %.1f s, exit %d, peak RSS %d MiB%n",
                    paragraphs, Files.size(doc), validation.isEmpty() ? "validated" : "--no-validate", r.seconds(), r.exit(),
                    r.peakKb() / 1024);
        }
    }

    /** The bundled header, then N paragraphs: the bundled paragraphs' first lines, cycled and renumbered. */
    static String generate(int paragraphs) {
        String text = Converter.bundledText().text();
        int first = text.indexOf("\n1. ") + 1;
        List<String> bodies = new ArrayList<>();
        for (String line : text.substring(first).split("\n")) {
            if (line.matches("[0-9]+\\. .*")) {
                bodies.add(Markup.SUPERSCRIPT.matcher(line.substring(line.indexOf(' ') + 1)).replaceAll(""));
            }
        }
        StringBuilder sb = new StringBuilder(text.substring(0, first));
        for (int i = 1; i <= paragraphs; i++) {
            sb.append(i).append(". ").append(bodies.get((i - 1) % bodies.size())).append("\n\n");
        }
        return sb.toString();
    }
}
