package org.w3id.ccgraph.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * From a request path, as received (percent-encoded), to the IRI it names (RFC 3987, section 3.2):
 * percent-encoded UTF-8 of non-ASCII characters and of unreserved ASCII characters is decoded, every other
 * escape is kept with upper-case hex digits. So {@code /id/actor/%C3%A6} names {@code .../id/actor/æ} and
 * {@code /id/doc/1%2D2} names {@code .../id/doc/1-2}, while {@code %2F} stays an escape.
 */
final class IriPaths {

    private static final String UNRESERVED = "-._~";

    private IriPaths() {
    }

    /** The IRI form of an encoded path, or empty when the path has a malformed escape. */
    static Optional<String> toIri(String rawPath) {
        StringBuilder out = new StringBuilder(rawPath.length());
        int i = 0;
        while (i < rawPath.length()) {
            char c = rawPath.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int start = i;
            while (i < rawPath.length() && rawPath.charAt(i) == '%') {
                if (i + 2 >= rawPath.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(rawPath.charAt(i + 1), 16);
                int lo = Character.digit(rawPath.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            }
            out.append(decode(bytes.toByteArray(), rawPath.substring(start, i)));
        }
        return Optional.of(out.toString());
    }

    private static String decode(byte[] bytes, String escapes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return escapes.toUpperCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder();
        int[] points = text.codePoints().toArray();
        int byteIndex = 0;
        for (int cp : points) {
            int length = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            boolean unreserved = cp < 128 && (Character.isLetterOrDigit(cp) || UNRESERVED.indexOf(cp) >= 0);
            if (cp >= 128 || unreserved) {
                out.appendCodePoint(cp);
            } else {
                out.append(escapes.substring(byteIndex * 3, (byteIndex + length) * 3).toUpperCase(Locale.ROOT));
            }
            byteIndex += length;
        }
        return out.toString();
    }

    /** The URI form of an IRI for an HTTP header: every character outside printable ASCII percent-encoded as UTF-8. */
    static String toUri(String iri) {
        StringBuilder out = new StringBuilder(iri.length() + 16);
        for (byte b : iri.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
