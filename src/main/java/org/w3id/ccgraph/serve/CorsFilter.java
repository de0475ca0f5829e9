package org.w3id.ccgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cross-origin access to public, read-only data: every response says {@code Access-Control-Allow-Origin: *}
 * and never allows credentials, so that it is the same for every origin (no {@code Vary: Origin} needed,
 * and a shared cache may keep it); the headers a client needs to follow links and revalidate are exposed.
 * A preflight is answered here and names only the methods the path has: POST only where a SPARQL query
 * may be posted.
 */
final class CorsFilter implements Filter {

    static final String EXPOSED = "ETag, Link, Content-Location, Location, Vary";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        if ("OPTIONS".equals(req.getMethod()) && req.getHeader("Origin") != null
                && req.getHeader("Access-Control-Request-Method") != null) {
            String methods = methods(new Exchange(req, resp).path());
            resp.setHeader("Access-Control-Allow-Methods", methods);
            resp.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            resp.setHeader("Access-Control-Max-Age", "86400");
            resp.setHeader("Allow", methods + ", OPTIONS");
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The methods a path answers: a SPARQL query may be posted to the endpoint and to the dataset. */
    static String methods(String path) {
        return path.equals(LinkedDataFilter.SPARQL) || path.isEmpty() ? "GET, HEAD, POST" : "GET, HEAD";
    }
}
