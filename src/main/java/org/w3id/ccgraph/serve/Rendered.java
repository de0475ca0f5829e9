package org.w3id.ccgraph.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A response body made once and served many times: its bytes, Content-Type and a strong ETag derived from
 * the bytes, so that a conditional GET can be answered with 304.
 *
 * @param bytes       the body
 * @param contentType the Content-Type header
 * @param etag        the quoted entity tag
 */
record Rendered(byte[] bytes, String contentType, String etag) {

    /** The body with an ETag computed from it. */
    static Rendered of(byte[] bytes, String contentType) {
        return new Rendered(bytes, contentType, "\"" + sha256(bytes).substring(0, 24) + "\"");
    }

    /** A UTF-8 text body. */
    static Rendered of(String text, String contentType) {
        return of(text.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** The SHA-256 of bytes in lower-case hexadecimal. */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
