/**
 * The HTTP plumbing of the server, with Jetty's and the servlet API's own means: how connections are taken
 * (address, idle timeout, body limit, a share of the threads for expensive requests), gzip, cross-origin
 * headers, and the limits one client can take. It knows no page, route or data: which requests are expensive
 * and where a query may be posted is said by {@code serve}. Must not depend on {@code serve} or its other parts.
 */
package org.w3id.ccgraph.serve.http;
