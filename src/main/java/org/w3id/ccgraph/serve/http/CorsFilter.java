package org.w3id.ccgraph.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Cross-origin access to public, read-only data: every response says {@code Access-Control-Allow-Origin: *}
 * and never allows credentials, so that it is the same for every origin (no {@code Vary: Origin} needed,
 * and a shared cache may keep it); the headers a client needs to follow links and revalidate are exposed.
 * A preflight is answered here and names only the methods the path has: POST only where the caller says
 * a query may be posted.
 */
public final class CorsFilter implements Filter {

    static final String EXPOSED = "ETag, Link, Content-Location, Location, Vary";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";

    private final Predicate<String> takesPost;

    /**
     * The filter for a server where POST is answered on the paths {@code takesPost} accepts: request paths
     * without the leading "/", percent-encoded as received.
     */
    public CorsFilter(Predicate<String> takesPost) {
        this.takesPost = takesPost;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Origin") != null
                && req.getHeader("Access-Control-Request-Method") != null) {
            String methods = methods(path(req));
            resp.setHeader("Access-Control-Allow-Methods", methods);
            resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setHeader("Allow", methods + ", OPTIONS");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The methods a path answers: POST too where a query may be posted. */
    private String methods(String path) {
        return takesPost.test(path) ? "GET, HEAD, POST" : "GET, HEAD";
    }

    /** The request path without the leading "/", percent-encoded as received. */
    /** The request path without the leading "/", percent-encoded as received. */
    public static String path(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri.substring(Math.min(uri.length(), req.getContextPath().length() + 1));
    }
}
