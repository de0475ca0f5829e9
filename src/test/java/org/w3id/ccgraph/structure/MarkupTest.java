package org.w3id.ccgraph.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Markup.clean: what it removes, that it agrees with the regular expression it replaced, and its linear time. */
class MarkupTest {

    /** The link pattern clean() used to apply; its backtracking made a long run of '[' quadratic. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)\\s]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");

    @Test
    void removesLinksEscapesBoldAndAnchorsAndFoldsSpaces() {
        assertEquals("see the Convention and (a) bold text", Markup.clean(
                "see  the [Convention](#) and \\(a\\) **bold**   text¹²"));
        assertEquals("[not a link] (x y)", Markup.clean("[not a link] (x y)"));
        assertEquals("[a", Markup.clean("[[a](#)"));
        assertEquals("a b", Markup.clean("[a](#) [b](http://x/y)"));
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random r = new Random(12862);
        String alphabet = "[]()\\* \t\nab#.-";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String raw = sb.toString();
            assertEquals(reference(raw), Markup.clean(raw), "input: " + raw.replace("\n", "\\n").replace("\t", "\\t"));
        }
    }

    @Test
    void aHundredKilobytesOfOpeningBracketsTakeUnderASecond() {
        String brackets = "[".repeat(100_000);
        String nearMisses = "[](".repeat(33_000) + "[x]";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertEquals(brackets, Markup.clean(brackets));
            assertEquals(nearMisses, Markup.clean(nearMisses));
            assertEquals("x".repeat(30_000), Markup.clean("[x](#)".repeat(30_000)));
        });
    }

    /** clean() as it was written with the link pattern: the behaviour to keep. */
    private static String reference(String raw) {
        String s = LINK.matcher(raw).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = ESCAPE.matcher(s).replaceAll("$1");
        if (s.contains("**")) {
            s = s.replaceAll("(?<=[\\p{L}\\p{N}])\\*\\*+(?=[\\p{L}\\p{N}])", " ").replaceAll("\\*\\*+", "");
        }
        return s.replaceAll("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]", "").replaceAll("\\s+", " ").strip();
    }
}
