package org.w3id.ccgraph.convert;

import org.w3id.ccgraph.Title;

/**
 * Whether a conversion may be published: the one place that decides it. A graph with structure errors
 * (a repeated footnote number leaves anchors ambiguous) or with violations of the shapes is never written,
 * loaded or served; warnings do not stop it.
 */
public enum Verdict {

    /** Validated, no violation and no structure error. */
    CONFORMS(null),
    /** Not validated, because the caller asked so, and no structure error. */
    NOT_VALIDATED(null),
    /** The structure checks found errors: unfit to publish whatever the shapes say. */
    STRUCTURE_ERRORS(Title.STRUCTURE_ERRORS),
    /** Validated with at least one violation. */
    DOES_NOT_CONFORM(Title.DOES_NOT_CONFORM);

    private final Title refusal;

    Verdict(Title refusal) {
        this.refusal = refusal;
    }

    /** Whether the graph may be written, loaded or served. */
    public boolean publishable() {
        return refusal == null;
    }

    /** The title under which publishing is refused; null when it is publishable. */
    public Title refusal() {
        return refusal;
    }
}
