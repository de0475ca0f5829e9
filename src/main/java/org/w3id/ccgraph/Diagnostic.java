package org.w3id.ccgraph;

/**
 * A finding about an input that does not stop processing (a numbering gap, a footnote never anchored).
 *
 * @param severity how serious it is
 * @param title    its title in the catalogue
 * @param location where it was found
 * @param message  what was found and what was expected
 */
public record Diagnostic(Severity severity, Title title, Location location, String message) {

    /** One line, compiler style: {@code file:line:col: warning: title: message}. */
    public String format() {
        return location + ": " + severity.label() + ": " + title + ": " + message;
    }
}
