package org.w3id.ccgraph.serve.http;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Gzip for every text answer a client asks to have compressed ({@code Accept-Encoding: gzip}): pages, RDF,
 * SPARQL results of GET and POST queries, the scripts and style sheets of the pages. Jetty's own
 * {@link GzipHandler} does it, adding {@code Vary: Accept-Encoding}; images that are compressed already
 * are left as they are. This handler inflates no request body.
 */
public final class Compression {

    private Compression() {
    }

    /** Wraps the server's handlers, outermost, in a gzip handler; for a server that has not started. */
    public static void apply(Server server) {
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setInflateBufferSize(0);
        gzip.setHandler(server.getHandler());
        server.setHandler(gzip);
    }
}
