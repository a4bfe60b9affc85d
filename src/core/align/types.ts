/**
 * @module
 * The alignment between two analysed documents: which sentences of one say what which sentences
 * of the other say. This is the hand-off between alignment (src/core/align), the change detectors
 * (src/core/changes) and the verdict (src/core/verdict).
 */

/**
 * One link: sentence indices on each side that correspond. 1-1 is the common case; a split
 * gives one `a` and several `b`, a merge several `a` and one `b`. Indices are sorted ascending.
 */
export interface SentenceLink {
  a: number[];
  b: number[];
  /** Similarity of the linked text in 0..1. */
  similarity: number;
  /** True when the linked sentences are the same text up to case, space and punctuation. */
  verbatim: boolean;
}

/** The whole alignment. */
export interface DocumentAlignment {
  links: SentenceLink[];
  /** Sentences of a with no counterpart in b (candidates for omissions). */
  unmatchedA: number[];
  /** Sentences of b with no counterpart in a (candidates for additions). */
  unmatchedB: number[];
}
