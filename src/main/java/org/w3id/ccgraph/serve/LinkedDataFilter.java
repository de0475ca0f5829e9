package org.w3id.ccgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door, in front of Fuseki: the SPARQL protocol ({@code /sparql} with a query, {@code /get},
 * and the dataset at {@code /} with a query string) goes on to Fuseki, everything else is answered here
 * (pages, dereferenceable IRIs, catalogue, dumps, API) or is 404. Only GET and HEAD are answered here;
 * nothing here writes.
 */
final class LinkedDataFilter implements Filter {

    static final String SPARQL = "sparql";
    static final String GSP_READ = "get";
    static final String PING = "$/ping";
    static final String QUERY = "query";
    static final String DOWNLOAD = "download/";
    static final String API = "api/";
    static final String CATALOG = "catalog";
    static final String VOID = ".well-known/void";
    static final String SITEMAP = "sitemap.xml";
    static final String ROBOTS = "robots.txt";
    static final String WEB = "web/";
    static final String CONTEXT = "context.jsonld";
    static final String LOOKUP = "resource";
    static final String FAVICON = "favicon.ico";
    /** A short name of the VoID description, redirected to {@link #VOID}. */
    static final String VOID_ALIAS = "void";

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataFilter.class);

    private final AtomicReference<Publication> current;
    private final TextSearch search;

    LinkedDataFilter(AtomicReference<Publication> current, TextSearch search) {
        this.current = current;
        this.search = search;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Exchange x = new Exchange(req, resp);
        if (forFuseki(x)) {
            chain.doFilter(request, response);
            return;
        }
        if ("OPTIONS".equals(x.method())) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!"GET".equals(x.method()) && !"HEAD".equals(x.method())) {
            x.methodNotAllowed();
            return;
        }
        Publication p = current.get();
        if (p == null) {
            x.fail(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Starting: the data is being loaded", Representation.TEXT);
            return;
        }
        try {
            new Routes(p, x, search).answer();
        } catch (Publication.DumpsUnavailable e) {
            LOG.warn("failed to answer {}: {}", x.path(), e.getMessage());
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setHeader("Retry-After", "60");
                x.fail(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Unavailable: " + e.getMessage() + "; the downloads "
                        + "and the dataset descriptions need them. Try again later", Representation.TEXT);
            }
        } catch (RuntimeException e) {
            boolean store = fromTheStore(e);
            if (store) {
                LOG.warn("the store did not answer for {}: {}", x.path(), e.toString());
            } else {
                LOG.warn("failed to answer {}: {}", x.path(), e.toString(), e);
            }
            if (!resp.isCommitted()) {
                resp.reset();
                if (store) {
                    x.fail(HttpServletResponse.SC_BAD_GATEWAY, "The store holding the data did not answer; try again later",
                            Representation.TEXT);
                } else {
                    x.fail(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Internal error: " + e.getMessage(),
                            Representation.TEXT);
                }
            }
        }
    }

    /** Whether a failure is a remote store's: no answer, or an error status, from the SPARQL endpoint it reads. */
    private static boolean fromTheStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.atlas.web.HttpException
                    || t instanceof org.apache.jena.sparql.engine.http.QueryExceptionHTTP) {
                return true;
            }
        }
        return false;
    }

    /** Whether Fuseki answers: a SPARQL query or graph store read, or anything but GET and HEAD on a Fuseki path. */
    private static boolean forFuseki(Exchange x) {
        String path = x.path();
        boolean read = "GET".equals(x.method()) || "HEAD".equals(x.method());
        if (path.equals(SPARQL)) {
            return !read || x.param("query") != null;
        }
        if (path.isEmpty()) {
            return !read || x.hasQueryString();
        }
        return path.equals(GSP_READ) || path.equals(PING);
    }

    /** Whether a query may be posted to a path (without the leading "/"): the SPARQL endpoint and the dataset. */
    static boolean takesPost(String path) {
        return path.equals(SPARQL) || path.isEmpty();
    }

    /** SPARQL queries, Graph Store reads, dumps and the query API: what may take time or write a lot. */
    static boolean isExpensive(Request request) {
        String path = Request.getPathInContext(request);
        boolean withQuery = request.getHttpURI().getQuery() != null || !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod());
        return path.equals(PublishServer.SPARQL) && withQuery || path.equals("/") && withQuery
                || path.equals("/" + GSP_READ) || path.startsWith("/" + DOWNLOAD)
                || path.startsWith("/" + API);
    }
}
