package org.w3id.ccgraph.convert;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.ccgraph.InputException;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.document.SourceReader;

/**
 * Property-based fuzzing of the parser and extractor: mutated versions of the bundled text (deleted,
 * duplicated and swapped lines, truncation, random bytes, a 10 MB line, mixed encodings, long runs of markup
 * characters), each seeded so a failure can be replayed; every tenth is validated too, as convert does.
 * Every input either converts or fails with an {@link InputException} that names a place; nothing else
 * escapes, and nothing hangs (20 s each). {@code -Dccgraph.fuzz.cases=N} sets the number of cases.
 */
class FuzzTest {

    private static final byte[] BUNDLED = Converter.bundledText().text().getBytes(StandardCharsets.UTF_8);
    private static final Converter CONVERTER = Converter.create().validation(Converter.Validation.SKIP).build();
    /** Every tenth case is converted as the convert command does it, validated against the shapes too. */
    private static final Converter VALIDATING = Converter.create().build();
    private static final int CASES = Integer.getInteger("ccgraph.fuzz.cases", 300);

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> (long) i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedDocumentConvertsOrFailsCleanly(long seed) {
        byte[] input = mutate(seed);
        Converter converter = seed % 10 == 0 ? VALIDATING : CONVERTER;
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> convertOrFailCleanly(converter, "fuzz-" + seed + ".txt", input));
    }

    @Test
    void aTenMegabyteLineFailsCleanlyOrConvertsInTime() {
        StringBuilder sb = new StringBuilder(new String(BUNDLED, StandardCharsets.UTF_8));
        int at = sb.indexOf("\n5. ") + 1;
        char[] line = new char[10 * 1024 * 1024];
        Arrays.fill(line, 'a');
        for (int i = 100; i < line.length; i += 97) {
            line[i] = ' ';
        }
        sb.insert(at, "5. Rådet opfordrer " + new String(line) + " til at handle.\n");
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> convertOrFailCleanly(CONVERTER, "long-line.txt", input));
    }

    private static void convertOrFailCleanly(Converter converter, String name, byte[] input) {
        try {
            converter.convert(new SourceReader().read(name, input));
        } catch (InputException e) {
            assertTrue(e.location() != null && e.location().file().equals(name), e.format());
            assertNotEquals(Title.CONVERSION_FAILED, e.title(), e.format());
        }
    }

    /** A deterministic mutation of the bundled text. */
    static byte[] mutate(long seed) {
        Random r = new Random(seed);
        List<String> lines = new ArrayList<>(List.of(new String(BUNDLED, StandardCharsets.UTF_8).split("\n", -1)));
        int kind = (int) (seed % 8);
        int n = 1 + r.nextInt(8);
        for (int k = 0; k < n && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            switch (kind) {
                case 0: lines.remove(i); break;
                case 1: lines.add(i, lines.get(r.nextInt(lines.size()))); break;
                case 2: java.util.Collections.swap(lines, i, r.nextInt(lines.size())); break;
                case 3: lines.subList(i, lines.size()).clear(); break;
                default: break;
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (kind == 4) {
            for (int k = 0; k < 1 + r.nextInt(20); k++) {
                bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
            }
        } else if (kind == 5) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int cut = r.nextInt(text.length());
            byte[] head = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
            byte[] tail = text.substring(cut).getBytes(StandardCharsets.ISO_8859_1);
            bytes = new byte[head.length + tail.length];
            System.arraycopy(head, 0, bytes, 0, head.length);
            System.arraycopy(tail, 0, bytes, head.length, tail.length);
        } else if (kind == 7) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder(text);
            String[] runs = {"[", "[x](#) ", "\\", "*", "¹", " ", "(", "- a. "};
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                sb.insert(r.nextInt(sb.length()), runs[r.nextInt(runs.length)].repeat(1 + r.nextInt(50_000)));
            }
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        } else if (kind == 6) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            StringBuilder sb = new StringBuilder(text);
            for (int k = 0; k < 1 + r.nextInt(30); k++) {
                String[] pieces = {"¹", "²³", "\n- q. ", "\n99. ", "**", "[x](#)", "\\(", "...", "\u0301", "\uD83D\uDE00", "\r\n"};
                sb.insert(r.nextInt(sb.length()), pieces[r.nextInt(pieces.length)]);
            }
            bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
