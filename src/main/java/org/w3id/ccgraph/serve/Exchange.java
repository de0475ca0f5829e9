package org.w3id.ccgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One request and its response as the linked-data routes see them: the path (still percent-encoded, without
 * the leading "/"), negotiation, and answers with caching headers, conditional GET (304) and CORS.
 */
final class Exchange {

    /** How long a client may reuse a response before asking again (the data changes only on reload). */
    static final String CACHE = "public, max-age=60";

    private final HttpServletRequest req;
    private final HttpServletResponse resp;
    private final String path;
    private Instant lastModified;

    Exchange(HttpServletRequest req, HttpServletResponse resp) {
        this.req = req;
        this.resp = resp;
        this.path = org.w3id.ccgraph.serve.http.CorsFilter.path(req);
    }

    /** The request path without the leading "/", percent-encoded as received. */
    String path() {
        return path;
    }

    /** A query parameter, or null. */
    String param(String name) {
        return req.getParameter(name);
    }

    /** Whether the request has a query string. */
    boolean hasQueryString() {
        return req.getQueryString() != null && !req.getQueryString().isEmpty();
    }

    /** The HTTP method. */
    String method() {
        return req.getMethod();
    }

    /** The best of the offers for the Accept header. */
    Optional<Representation> negotiate(List<Representation> offers) {
        return Negotiation.choose(req.getHeader("Accept"), offers);
    }

    /** When what the next {@link #send} sends was last modified (a date from the data), for Last-Modified. */
    Exchange lastModified(Instant when) {
        this.lastModified = when;
        return this;
    }

    /**
     * Sends a body with its ETag (and Last-Modified when known); 304 when the client holds it already, by its
     * ETag, or without one by its date.
     */
    void send(Rendered body, boolean negotiated) throws IOException {
        if (held(body.etag(), negotiated)) {
            return;
        }
        write(body.bytes(), body.contentType());
    }

    /**
     * Sends the response that {@code p} keeps under {@code key}, made by {@code make} when it is not kept; when
     * its tag is known beforehand (the data has a version) and the client holds it, 304 without making it.
     * False, with nothing sent, when there is nothing to send ({@code make} gives null).
     */
    boolean send(Publication p, String key, java.util.function.Supplier<Rendered> make, boolean negotiated)
            throws IOException {
        String etag = p.etag(key);
        if (etag != null && held(etag, negotiated)) {
            return true;
        }
        Rendered body = p.cached(key, make);
        if (body == null) {
            return false;
        }
        send(body, negotiated);
        return true;
    }

    /** Whether the client holds the response tagged {@code etag} (not null): then 304 is sent with its caching headers. */
    boolean notModified(String etag, boolean negotiated) {
        return etag != null && held(etag, negotiated);
    }

    /** Sends a file as {@link #send} sends a body, streamed from disk. */
    void sendFile(java.nio.file.Path file, long size, String contentType, String etag) throws IOException {
        if (held(etag, false)) {
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLengthLong(size);
        if (!"HEAD".equals(req.getMethod())) {
            java.nio.file.Files.copy(file, resp.getOutputStream());
        }
    }

    /** Sets the caching headers of a response tagged {@code etag}; 304 and true when the client holds it already. */
    private boolean held(String etag, boolean negotiated) {
        if (negotiated && !resp.getHeaders("Vary").contains("Accept")) {
            resp.addHeader("Vary", "Accept");
        }
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", CACHE);
        if (lastModified != null) {
            resp.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null ? matches(ifNoneMatch, etag) : unmodifiedSince()) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private void write(byte[] bytes, String contentType) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }

    /** Adds a response header. */
    void header(String name, String value) {
        resp.addHeader(name, value);
    }

    /** Sends an error status with a short text or HTML body. */
    void fail(int status, String message, Representation as) throws IOException {
        resp.setHeader("Cache-Control", "no-store");
        resp.setStatus(status);
        byte[] body = (as == Representation.HTML ? Pages.error(status, message) : message + "\n")
                .getBytes(StandardCharsets.UTF_8);
        resp.setContentType(as == Representation.HTML ? Representation.HTML.contentType() : Representation.TEXT.contentType());
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** 404, in HTML for browsers. */
    void notFound(String what) throws IOException {
        Representation as = negotiate(List.of(Representation.TEXT, Representation.HTML))
                .filter(r -> r == Representation.HTML && prefersHtml()).orElse(Representation.TEXT);
        fail(HttpServletResponse.SC_NOT_FOUND, "Not found: " + what, as);
    }

    /** 406 with the media types that are offered. */
    void notAcceptable(List<Representation> offers) throws IOException {
        StringJoiner types = new StringJoiner(", ");
        offers.forEach(r -> types.add(r.mediaType()));
        resp.addHeader("Vary", "Accept");
        fail(HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable: this resource is available as " + types, Representation.TEXT);
    }

    /** 405 for a method the linked-data routes do not take. */
    void methodNotAllowed() throws IOException {
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        fail(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: this server is read-only", Representation.TEXT);
    }

    /** A redirect to an absolute URL built from the configured public base. */
    void redirect(int status, String location) {
        resp.setHeader("Location", location);
        resp.setStatus(status);
    }

    private boolean prefersHtml() {
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }

    /** Whether an If-Modified-Since header names the last modification or later; a malformed date does not count. */
    private boolean unmodifiedSince() {
        if (lastModified == null) {
            return false;
        }
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified.toEpochMilli() / 1000 <= since / 1000;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
