/**
 * The document model of Council conclusions as plain records: header, numbered paragraphs, lettered
 * sub-points, footnotes and their anchors, each with its character offsets in the normalised text.
 * Input: a {@link org.w3id.ccgraph.document.SourceText}. Output: a {@link
 * org.w3id.ccgraph.structure.ConclusionsDocument}. Language knowledge of the layout (header labels, month
 * names) comes from {@code lexicon/<lang>/layout.properties}. Must not depend on RDF or on later stages.
 */
package org.w3id.ccgraph.structure;
