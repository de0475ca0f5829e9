package org.w3id.ccgraph.serve;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * How the embedded Jetty takes connections, with Jetty's own means: the address it listens on, an idle
 * timeout that also bounds a write to a client that does not read, a request body limit (413), and a
 * {@link QoSHandler} that lets only a share of the threads answer expensive requests at once, so that the
 * rest are always free for pages and dereferencing. Expensive requests over that share wait without a
 * thread, and get 503 if none frees within the query time limit.
 */
final class Connections {

    private Connections() {
    }

    /** Applies the address and the limits to a server that has not started. */
    static void apply(Server server, String host, ServerLimits limits, Duration wait) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(host);
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        QoSHandler heavy = new QoSHandler();
        heavy.setMaxRequestCount(limits.heavyRequests());
        heavy.setMaxSuspend(wait);
        heavy.include(Connections::isExpensive);
        SizeLimitHandler bodies = new SizeLimitHandler(limits.maxQueryBytes(), -1);
        bodies.setHandler(server.getHandler());
        heavy.setHandler(bodies);
        server.setHandler(heavy);
    }

    /** SPARQL queries, Graph Store reads, dumps and the query API: what may take time or write a lot. */
    static boolean isExpensive(Request request) {
        String path = Request.getPathInContext(request);
        boolean withQuery = request.getHttpURI().getQuery() != null || !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod());
        return path.equals(PublishServer.SPARQL) && withQuery || path.equals("/") && withQuery
                || path.equals("/" + LinkedDataFilter.GSP_READ) || path.startsWith("/" + LinkedDataFilter.DOWNLOAD)
                || path.startsWith("/" + LinkedDataFilter.API);
    }
}
