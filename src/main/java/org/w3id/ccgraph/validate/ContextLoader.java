package org.w3id.ccgraph.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the JSON-LD parsers may do with an {@code @context} given by URL. By default nothing: reading data
 * opens no connection and no file beyond the inputs, so a context URL is an error that names it. When the
 * user opts in, http(s) and file contexts are read with a time limit and a size limit, so a context
 * server that never answers cannot hang a run. Jena (Titanium) and RDF4J (its fork of Titanium) each get
 * a loader of their own type over the same fetch.
 */
public final class ContextLoader {

    /** Whether remote and file contexts are read. */
    public enum Contexts { REFUSE, FETCH }

    /** How long connecting to a context server and reading its answer may take, each. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    /** The largest context read. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIME_LIMIT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private ContextLoader() {
    }

    /** The loader for Jena's JSON-LD parser. */
    static com.apicatalog.jsonld.loader.DocumentLoader forJena(Contexts contexts) {
        return (url, options) -> {
            try {
                return com.apicatalog.jsonld.document.JsonDocument.of(new ByteArrayInputStream(fetch(url, contexts)));
            } catch (IOException e) {
                throw new com.apicatalog.jsonld.JsonLdError(
                        com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        };
    }

    /** The loader for RDF4J's JSON-LD parser. */
    static no.hasmac.jsonld.loader.DocumentLoader forRio(Contexts contexts) {
        return (url, options) -> {
            try {
                return no.hasmac.jsonld.document.JsonDocument.of(new ByteArrayInputStream(fetch(url, contexts)));
            } catch (IOException e) {
                throw new no.hasmac.jsonld.JsonLdError(
                        no.hasmac.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        };
    }

    /** The bytes of a context, or an exception whose message says why they are not read. */
    static byte[] fetch(URI url, Contexts contexts) throws IOException {
        if (contexts == Contexts.REFUSE) {
            throw new IOException("the JSON-LD context <" + url + "> is not read: reading data opens no connection "
                    + "and no file beyond the inputs (--fetch-contexts allows it)");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("file")) {
            return limited(Files.newInputStream(Path.of(url)), url);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IOException("the JSON-LD context <" + url + "> is not read: only http, https and file URLs are");
        }
        return download(url);
    }

    /** An http(s) download within the time limit (connecting, answering and the body together) and the size limit. */
    private static byte[] download(URI url) throws IOException {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        boolean[] tooLarge = {false};
        java.util.concurrent.CompletableFuture<HttpResponse<Void>> answer = HTTP.sendAsync(HttpRequest.newBuilder(url)
                .timeout(TIME_LIMIT).header("Accept", "application/ld+json, application/json").build(),
                HttpResponse.BodyHandlers.ofByteArrayConsumer(chunk -> chunk.ifPresent(b -> {
                    if (body.size() + b.length > MAX_BYTES) {
                        tooLarge[0] = true;
                    } else {
                        body.write(b, 0, b.length);
                    }
                })));
        try {
            int status = answer.get(TIME_LIMIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS).statusCode();
            if (status != 200) {
                throw new IOException("the JSON-LD context <" + url + "> answered HTTP " + status);
            }
        } catch (java.util.concurrent.TimeoutException e) {
            answer.cancel(true);
            throw new IOException("the JSON-LD context <" + url + "> was not read within " + TIME_LIMIT.toSeconds() + " s", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof java.net.http.HttpTimeoutException) {
                // the client's own limit, the same as the one above: whichever fires first, the same report
                throw new IOException("the JSON-LD context <" + url + "> was not read within " + TIME_LIMIT.toSeconds()
                        + " s", e);
            }
            throw new IOException("the JSON-LD context <" + url + "> could not be read: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the JSON-LD context <" + url + ">", e);
        }
        if (tooLarge[0]) {
            throw new IOException("the JSON-LD context <" + url + "> is larger than " + MAX_BYTES + " bytes");
        }
        return body.toByteArray();
    }

    private static byte[] limited(InputStream in, URI url) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new IOException("the JSON-LD context <" + url + "> is larger than " + MAX_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
