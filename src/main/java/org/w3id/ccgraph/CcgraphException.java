package org.w3id.ccgraph;

/**
 * The root of every failure the user can act on: it carries a stable title, where it happened and what
 * was expected. The command line maps each kind to an exit code.
 */
public class CcgraphException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Title title;
    private final Location location;

    /** A failure with a stable title, a place and a message saying what was expected. */
    public CcgraphException(Title title, Location location, String message, Throwable cause) {
        super(message, cause);
        this.title = title;
        this.location = location;
    }

    /** A failure with a stable title, a place and a message saying what was expected. */
    public CcgraphException(Title title, Location location, String message) {
        this(title, location, message, null);
    }

    /** The stable title, e.g. {@link Title#NOT_UTF_8}. */
    public Title title() {
        return title;
    }

    /** Where it happened. */
    public Location location() {
        return location;
    }

    /** One line for the terminal: {@code file:line:col: error: title: message}. */
    public String format() {
        return location + ": error: " + title + ": " + getMessage();
    }
}
