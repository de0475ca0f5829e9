package org.w3id.ccgraph.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/** Roman numerals as Council texts print them (i to xxxix, I to XXXIX). */
final class Roman {

    private static final Pattern NUMERAL = Pattern.compile("(?i)x{0,3}(?:ix|iv|v?i{0,3})");

    private Roman() {
    }

    /** Whether a label is a Roman numeral. */
    static boolean is(String label) {
        return !label.isEmpty() && NUMERAL.matcher(label).matches();
    }

    /** The value of a Roman numeral; 0 if it is none. */
    static int value(String label) {
        if (!is(label)) {
            return 0;
        }
        String s = label.toLowerCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = digit(s.charAt(i));
            int next = i + 1 < s.length() ? digit(s.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'i' -> 1;
            case 'v' -> 5;
            default -> 10;
        };
    }
}
