package org.w3id.ccgraph.cli;

import org.w3id.ccgraph.Title;

/** A combination of arguments that picocli accepted but that makes no sense (exit code 2). */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Title title;

    UsageException(String message) {
        this(Title.USAGE, message);
    }

    /** A usage error with a title of its own, such as PORT IN USE. */
    UsageException(Title title, String message) {
        super(message);
        this.title = title;
    }

    /** The title printed before the message. */
    Title title() {
        return title;
    }
}
