package org.w3id.ccgraph.structure;

/**
 * The sign that opens a numbered or listed element: "5.", "(a)", "iii)", "A.", "—", or a footnote's number.
 *
 * @param style the kind of sign, which decides the level of the element in its list
 * @param label the label as printed, without punctuation ("5", "a", "iii"); null for a dash or bullet
 * @param value the position the label spells (5, 1 for "a", 3 for "iii"); 0 for a dash or bullet
 * @param span  where the label (or the dash) stands in the source
 */
public record Marker(Style style, String label, int value, Span span) {

    /** Kinds of sign. */
    public enum Style {
        /** "1." */ NUMBER,
        /** "(1)" or "1)" */ PAREN_NUMBER,
        /** "A." */ UPPER_LETTER,
        /** "a.", "(a)", "a)" */ LETTER,
        /** "(i)", "i.", "i)" */ ROMAN,
        /** "I.", "II." */ UPPER_ROMAN,
        /** "—", "–", "-", "•" */ DASH,
        /** superscript digits opening a footnote line */ SUPERSCRIPT,
        /** a number without full stop opening a line: a footnote printed at a page bottom, if its anchor exists */
        PLAIN_NUMBER;

        /** Whether signs of this style count 1, 2, 3 ... (a dash does not). */
        public boolean counts() {
            return this != DASH;
        }

        /** Whether the style is a number in any dress. */
        public boolean numeric() {
            return this == NUMBER || this == PAREN_NUMBER;
        }
    }

    /** This marker read with another style (a label such as "i" is a letter or a numeral). */
    Marker as(Style other) {
        int v = switch (other) {
            case LETTER, UPPER_LETTER -> Character.toLowerCase(label.charAt(0)) - 'a' + 1;
            case ROMAN, UPPER_ROMAN -> Roman.value(label);
            default -> value;
        };
        return new Marker(other, label, v, span);
    }

    /** Whether the label reads as a letter as well as a Roman numeral ("i", "v", "x", "I", "V", "X"). */
    boolean ambiguous() {
        return label != null && label.length() == 1 && "ivxIVX".indexOf(label.charAt(0)) >= 0
                && (style == Style.LETTER || style == Style.ROMAN || style == Style.UPPER_LETTER
                || style == Style.UPPER_ROMAN);
    }
}
