package org.w3id.ccgraph.cli;

/** A combination of arguments that picocli accepted but that makes no sense (exit code 2). */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
