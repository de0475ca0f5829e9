/**
 * Extraction of the knowledge in the text: speech acts of the document's author, the obligations among
 * them with addressees and requested actions, mentions of actors and citations of instruments, each with
 * the span of source text it comes from. Input: a {@link org.w3id.ccgraph.structure.ConclusionsDocument}.
 * Output: an {@link org.w3id.ccgraph.extract.Extraction} of plain records. All language knowledge comes
 * from the lexicon files in {@code lexicon/<lang>/} (verbs, actors, speakers, instruments, grammar);
 * nothing here is specific to one document or one language. Must not depend on RDF.
 */
package org.w3id.ccgraph.extract;
