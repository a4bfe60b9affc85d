/**
 * @module
 * Sentence alignment and passages: the public face of src/core/align.
 */
export { alignDocuments, LINK_THRESHOLD, type AlignOptions } from './align.js';
export { groupPassages } from './passages.js';
export { createScorer, type PairScorer, type ScoredPair } from './scorer.js';
export type { DocumentAlignment, SentenceLink } from './types.js';
