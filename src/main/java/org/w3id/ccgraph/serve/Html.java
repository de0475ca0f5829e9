package org.w3id.ccgraph.serve;

/**
 * Writes HTML with every text and attribute escaped: the only way the pages put data into markup. Elements
 * are opened and closed by the callers; {@link #text} and {@link #attr} escape.
 */
final class Html {

    private final StringBuilder sb = new StringBuilder(4096);

    /** Escapes text for an element's content or a quoted attribute value. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '&': out.append("&amp;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** Appends markup as it is: only for constant markup, never for data. */
    Html raw(String markup) {
        sb.append(markup);
        return this;
    }

    /** Appends escaped text. */
    Html text(String text) {
        sb.append(escape(text));
        return this;
    }

    /** Appends an attribute {@code name="value"} with a space before it, the value escaped. */
    Html attr(String name, String value) {
        sb.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    /** Appends a link to {@code href} with escaped text. */
    Html link(String href, String text) {
        return raw("<a").attr("href", href).raw(">").text(text).raw("</a>");
    }

    /** Appends {@code <tag>text</tag>} with the text escaped. */
    Html element(String tag, String text) {
        return raw("<" + tag + ">").text(text).raw("</" + tag + ">");
    }

    /** Appends JSON for a {@code <script>} element: "<" is written as \u003c so the data cannot end the script. */
    Html script(String type, String json) {
        return raw("<script").attr("type", type).raw(">").raw(json.replace("<", "\\u003c")).raw("</script>\n");
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
