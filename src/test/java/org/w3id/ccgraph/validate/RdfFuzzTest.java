package org.w3id.ccgraph.validate;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.ccgraph.Title;
import org.w3id.ccgraph.convert.Converter;

/**
 * Property-based fuzzing of validate: slices of the bundled graph in every RDF syntax, mutated (truncated,
 * bytes flipped, lines dropped or repeated, deep nesting, JSON-LD contexts and XML entities that point
 * outside, random bytes), each seeded so a failure can be replayed. Every file either validates or is a
 * failed result that names it, read and checked with the syntax cross-check; nothing escapes and nothing
 * hangs (20 s each). {@code -Dccgraph.fuzz.cases=N} sets the number of cases.
 */
class RdfFuzzTest {

    private static final int CASES = Integer.getInteger("ccgraph.fuzz.cases", 300);
    private static final List<String> LINES = ntriples();
    private static final BatchValidator VALIDATOR = BatchValidator.create(ShapesLoader.bundled())
            .crossCheck(BatchValidator.CrossCheck.ON).build();
    private static final RDFFormat[] FORMATS = {RDFFormat.TURTLE_PRETTY, RDFFormat.NTRIPLES, RDFFormat.JSONLD11,
        RDFFormat.RDFXML_PLAIN, RDFFormat.TRIG_PRETTY, RDFFormat.NQUADS};
    private static final String[] EXTENSIONS = {"ttl", "nt", "jsonld", "rdf", "trig", "nq"};

    @TempDir
    static Path dir;

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> (long) i);
    }

    private static List<String> ntriples() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, Converter.create().validation(Converter.Validation.SKIP).build().convertBundled().graph(),
                RDFFormat.NTRIPLES);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedGraphFileValidatesOrFailsCleanly(long seed) throws IOException {
        int format = (int) (seed % FORMATS.length);
        Path file = Files.write(dir.resolve("fuzz-" + seed + "." + EXTENSIONS[format]), mutate(seed, format));
        FileResult result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VALIDATOR.validate(file));
        assertTrue(result.report() != null || result.failure() != null, "a result for " + file);
        if (result.failed()) {
            assertTrue(result.failure().location().file().equals(file.toString()), result.failure().format());
            assertTrue(Set.of(Title.UNPARSEABLE_RDF, Title.NESTED_TOO_DEEPLY, Title.PARSERS_DISAGREE, Title.INPUT_TOO_LARGE)
                    .contains(result.failure().title()), result.failure().format());
        }
        Files.delete(file);
    }

    /** Seeds of the 10 000-case run whose files made Jena's parsers throw from their own error messages. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {3444, 4779})
    void inputsThatOnceCrashedAParserAreOneFailedFile(long seed) throws IOException {
        aMutatedGraphFileValidatesOrFailsCleanly(seed);
    }

    /** A deterministic mutation of a slice of the bundled graph in one syntax. */
    static byte[] mutate(long seed, int format) {
        Random r = new Random(seed);
        int from = r.nextInt(LINES.size());
        Model m = ModelFactory.createDefaultModel();
        String slice = String.join("\n", LINES.subList(from, Math.min(LINES.size(), from + 1 + r.nextInt(400))));
        RDFDataMgr.read(m, new java.io.StringReader(slice), null, Lang.NTRIPLES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, FORMATS[format]);
        String text = out.toString(StandardCharsets.UTF_8);
        int kind = (int) ((seed / FORMATS.length) % 7);
        return switch (kind) {
            case 0 -> text.substring(0, r.nextInt(text.length() + 1)).getBytes(StandardCharsets.UTF_8);
            case 1 -> flip(text.getBytes(StandardCharsets.UTF_8), r);
            case 2 -> lines(text, r).getBytes(StandardCharsets.UTF_8);
            case 3 -> insert(text, r, nesting(format, 1 + r.nextInt(150_000))).getBytes(StandardCharsets.UTF_8);
            case 4 -> outside(text, format).getBytes(StandardCharsets.UTF_8);
            case 5 -> insert(text, r, new String(Character.toChars(0x1F600 + r.nextInt(50))).repeat(1 + r.nextInt(1000)))
                    .getBytes(StandardCharsets.UTF_8);
            default -> random(r);
        };
    }

    private static byte[] flip(byte[] bytes, Random r) {
        for (int k = 0; k < 1 + r.nextInt(20) && bytes.length > 0; k++) {
            bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
        }
        return bytes;
    }

    private static String lines(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int k = 0; k < 1 + r.nextInt(8) && !lines.isEmpty(); k++) {
            int i = r.nextInt(lines.size());
            if (r.nextBoolean()) {
                lines.remove(i);
            } else {
                lines.add(i, lines.get(r.nextInt(lines.size())));
            }
        }
        return String.join("\n", lines);
    }

    private static String insert(String text, Random r, String piece) {
        int at = r.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    /** Deep nesting in the syntax of the file: blank nodes, JSON objects, XML elements. */
    private static String nesting(int format, int depth) {
        return switch (EXTENSIONS[format]) {
            case "jsonld" -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            case "rdf" -> "<x>".repeat(depth) + "</x>".repeat(depth);
            default -> "<urn:x:a> <urn:x:p> " + "[<urn:x:p> ".repeat(depth) + "1" + "]".repeat(depth) + " .\n";
        };
    }

    /** What tries to read beyond the file: a remote JSON-LD context, an external XML entity, a file URL. */
    private static String outside(String text, int format) {
        return switch (EXTENSIONS[format]) {
            case "jsonld" -> "{\"@context\": \"http://127.0.0.1:9/context.jsonld\", \"@id\": \"urn:x:a\", \"p\": 1}";
            case "rdf" -> "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"urn:x:\">"
                    + "<rdf:Description rdf:about=\"urn:x:a\"><e:p>&x;</e:p></rdf:Description></rdf:RDF>";
            default -> "@base <file:///etc/> .\n" + text;
        };
    }

    private static byte[] random(Random r) {
        byte[] bytes = new byte[r.nextInt(4096)];
        r.nextBytes(bytes);
        return bytes;
    }
}
