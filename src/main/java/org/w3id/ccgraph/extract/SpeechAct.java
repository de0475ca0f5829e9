package org.w3id.ccgraph.extract;

import java.util.List;
import org.w3id.ccgraph.structure.Span;

/**
 * A speech act of the document's author: a verb such as "urges" or "recalls" with its speaker.
 *
 * @param subdivision the number of the paragraph or sub-point it stands in
 * @param index       1-based position among the acts of that subdivision
 * @param act         the speech-act notation ("urges", "calls-on")
 * @param speaker     the actor key of the speaker
 * @param surfaceForm the verb words as they stand ("calls upon")
 * @param sentence    the sentence it stands in
 * @param scope       from the verb to the end of what it governs
 * @param concerns    the sub-points that form its object when the act heads a list, else empty
 */
public record SpeechAct(String subdivision, int index, String act, String speaker, String surfaceForm,
                        Span sentence, Span scope, List<String> concerns) {

    public SpeechAct {
        concerns = List.copyOf(concerns);
    }
}
