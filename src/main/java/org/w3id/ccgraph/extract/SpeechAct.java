package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.structure.Span;

/**
 * A speech act of the text's author: a verb such as "urges" or "recalls", or the word that opens a recital
 * ("Having regard to", "RECALLING"), with its speakers.
 *
 * @param subdivision the path of the element it stands in ("p/5", "block/2", "recital/3")
 * @param index       1-based position among the acts of that element
 * @param act         the speech-act notation ("urges", "calls-on", "recalling")
 * @param speakers    the actor keys of the speakers: one, or several for a text they adopt together
 * @param surfaceForm the verb words as they stand ("calls upon")
 * @param sentence    the sentence it stands in
 * @param scope       from the verb to the end of what it governs
 * @param concerns    the elements that form its object when the act heads a list, else empty
 * @param negated     whether the text denies it ("does not call on"): a denied act requests nothing
 */
public record SpeechAct(String subdivision, int index, String act, List<String> speakers, String surfaceForm,
                        Span sentence, Span scope, List<String> concerns, boolean negated) {

    public SpeechAct {
        speakers = List.copyOf(speakers);
        concerns = List.copyOf(concerns);
    }

    /** The first speaker. */
    public String speaker() {
        return speakers.get(0);
    }
}
