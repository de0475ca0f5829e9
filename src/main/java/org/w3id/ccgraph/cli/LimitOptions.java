package org.w3id.ccgraph.cli;

import java.time.Duration;
import org.w3id.ccgraph.serve.http.ServerLimits;
import picocli.CommandLine.Option;

/** The options of serve that bound what one client can take from the server. */
final class LimitOptions {

    @Option(names = "--max-query-size", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest query text or request body; larger is HTTP 413. Default: ${DEFAULT-VALUE}")
    long maxQueryBytes;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000000",
            description = "Most rows a query keeps in memory (its answer, sorting, grouping, joins); more is HTTP 422. "
                    + "Default: ${DEFAULT-VALUE}")
    long maxRows;

    @Option(names = "--max-string", paramLabel = "CHARS", defaultValue = "1000000",
            description = "Longest string a query may make (concat, replace, GROUP_CONCAT, ...); longer is HTTP 422. "
                    + "Default: ${DEFAULT-VALUE}")
    int maxStringLength;

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Close a connection that makes no progress this long, such as a client that does not read "
                    + "its answer. Default: ${DEFAULT-VALUE}")
    double idleTimeout;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "64",
            description = "Server threads; half of them answer SPARQL, Graph Store reads, dumps and the API at "
                    + "once, the rest stay free for pages. Default: ${DEFAULT-VALUE}")
    int threads;

    /** The limits these options give; a bad value is a usage error. */
    ServerLimits limits() {
        if (!(idleTimeout > 0)) {
            throw new UsageException("--idle-timeout must be a positive number of seconds, found " + idleTimeout);
        }
        try {
            return new ServerLimits(maxQueryBytes, maxRows, maxStringLength, Duration.ofMillis((long) (idleTimeout * 1000)),
                    threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
