package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.structure.Span;

/**
 * What a directive speech act asks: who is asked, to do what, by when and how often.
 *
 * @param act         the speech act expressing it
 * @param subdivision the path of the element where the requested action stands (a point or paragraph when
 *                    the act heads a list)
 * @param index       1-based position among the obligations of that element
 * @param addressees  actor keys of those asked, in text order; empty when the text names none
 * @param action      the requested action as the text says it, up to the end of its clause
 * @param span        the source of the request
 * @param timings     its deadline and its frequency, where the text gives them
 */
public record Obligation(SpeechAct act, String subdivision, int index, List<String> addressees, String action,
                         Span span, List<Timing> timings) {

    public Obligation {
        addressees = List.copyOf(addressees);
        timings = List.copyOf(timings);
    }
}
