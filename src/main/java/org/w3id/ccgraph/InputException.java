package org.w3id.ccgraph;

/** Input that cannot be read or parsed (exit code 4). */
public class InputException extends CcgraphException {

    private static final long serialVersionUID = 1L;

    /** Input failure with its stable title, place and what was expected. */
    public InputException(Title title, Location location, String message, Throwable cause) {
        super(title, location, message, cause);
    }

    /** Input failure with its stable title, place and what was expected. */
    public InputException(Title title, Location location, String message) {
        super(title, location, message, null);
    }
}
