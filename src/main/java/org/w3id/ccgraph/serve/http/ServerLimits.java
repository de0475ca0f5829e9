package org.w3id.ccgraph.serve.http;

import java.time.Duration;

/**
 * What one client can take from the server. A query's text is at most {@code maxQueryBytes} (HTTP 413
 * beyond); a query keeps at most {@code maxRows} rows in memory, counting its answer (HTTP 422 beyond); a
 * string it makes is at most {@code maxStringLength} characters (422). A connection that makes no progress
 * for {@code idleTimeout}, such as a client that asks for a large answer and does not read it, is closed.
 * The server has {@code threads} threads; at most {@link #heavyRequests()} of them answer SPARQL, Graph
 * Store reads, dumps and the query API at once (others wait, then get 503), so pages and dereferencing
 * always find a thread.
 *
 * @param maxQueryBytes   the largest query text or request body, in bytes
 * @param maxRows         the most rows a query keeps in memory, its answer included
 * @param maxStringLength the longest string a query may make, in characters
 * @param idleTimeout     how long a connection may make no progress, reading or writing
 * @param threads         the server's threads
 */
public record ServerLimits(long maxQueryBytes, long maxRows, int maxStringLength, Duration idleTimeout, int threads) {

    /** The defaults: 1 MiB of query, 1 000 000 rows, 1 000 000 characters, 10 s idle, 64 threads. */
    public static final ServerLimits DEFAULTS = new ServerLimits(1 << 20, 1_000_000, 1_000_000, Duration.ofSeconds(10), 64);

    /** The fewest threads a server can work with. */
    public static final int MIN_THREADS = 8;

    public ServerLimits {
        if (maxQueryBytes < 1 || maxRows < 1 || maxStringLength < 1) {
            throw new IllegalArgumentException("the query size, rows and string length limits must be positive");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive, found " + idleTimeout);
        }
        if (threads < MIN_THREADS) {
            throw new IllegalArgumentException("expected at least " + MIN_THREADS + " threads, found " + threads);
        }
    }

    /** How many expensive requests are answered at once: half of the threads. */
    public int heavyRequests() {
        return threads / 2;
    }
}
