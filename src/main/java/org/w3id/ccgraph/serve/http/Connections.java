package org.w3id.ccgraph.serve.http;

import java.time.Duration;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * How the embedded Jetty takes connections, with Jetty's own means: the address it listens on, an idle
 * timeout that also bounds a write to a client that does not read, a request body limit (413), compressed request bodies refused (415), and a
 * {@link QoSHandler} that lets only a share of the threads answer expensive requests at once, so that the
 * rest are always free for pages and dereferencing. Expensive requests over that share wait without a
 * thread, and get 503 if none frees within the query time limit. Which requests are expensive is the
 * caller's to say.
 */
public final class Connections {

    private Connections() {
    }

    /**
     * Applies the address and the limits to a server that has not started.
     *
     * @param server    the server, not started
     * @param host      the address to listen on
     * @param limits    the idle timeout, the body limit and the number of expensive requests answered at once
     * @param wait      how long an expensive request may wait for its turn before it gets 503
     * @param expensive which requests are expensive (such as queries and dumps)
     */
    public static void apply(Server server, String host, ServerLimits limits, Duration wait, Predicate<Request> expensive) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(host);
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        QoSHandler heavy = new QoSHandler();
        heavy.setMaxRequestCount(limits.heavyRequests());
        heavy.setMaxSuspend(wait);
        heavy.include(expensive);
        SizeLimitHandler bodies = new SizeLimitHandler(limits.maxQueryBytes(), -1);
        PlainBodies plain = new PlainBodies();
        plain.setHandler(server.getHandler());
        bodies.setHandler(plain);
        heavy.setHandler(bodies);
        server.setHandler(heavy);
    }

    /**
     * Refuses request bodies sent compressed ({@code Content-Encoding: gzip} and the like) with 415: the body
     * limit counts the bytes on the wire, and a few kilobytes of gzip inflate to gigabytes of query text.
     */
    static final class PlainBodies extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String encoding = request.getHeaders().get(HttpHeader.CONTENT_ENCODING);
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                Response.writeError(request, response, callback, 415,
                        "Compressed request bodies are not accepted (Content-Encoding: " + encoding.strip()
                                + "); send the query uncompressed");
                return true;
            }
            return super.handle(request, response, callback);
        }
    }
}
