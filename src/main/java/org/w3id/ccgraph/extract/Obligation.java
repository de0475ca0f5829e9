package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.structure.Span;

/**
 * What a directive speech act asks: who is asked, to do what.
 *
 * @param act         the speech act expressing it
 * @param subdivision the paragraph or sub-point where the requested action stands (a sub-point when the act
 *                    heads a list)
 * @param index       1-based position among the obligations of that subdivision
 * @param addressees  actor keys of those asked, in text order; empty when the text names none
 * @param action      the requested action as the text says it
 * @param span        the source of the request
 */
public record Obligation(SpeechAct act, String subdivision, int index, List<String> addressees, String action,
                         Span span) {

    public Obligation {
        addressees = List.copyOf(addressees);
    }
}
