/**
 * @module
 * Sentence similarity: how much two sentences say the same thing, robust to paraphrase
 * (synonyms, inflection, reordering) and to machine translation (garbled names, lost function
 * words). Alignment uses contexts and cached features; the eval tasks use the string form.
 */
import { analyze } from '../text/analyze.js';
import type { Sentence } from '../text/types.js';
import { defaultContext, type SimilarityContext } from './context.js';

export { createContext, defaultContext, type ContextOptions, type SimilarityContext } from './context.js';
export { features, type FeatureItem, type LemmaWeight, type SentenceFeatures } from './features.js';
export { DEFAULT_PARAMS, type SimilarityParams } from './params.js';
export { similarity } from './score.js';

/**
 * Similarity in [0, 1] of two texts, each analysed and taken whole as one sentence.
 * @param a a sentence (or short text)
 * @param b another
 * @param ctx tunables and weights; the default context when omitted
 * @returns 1 for the same words, 0 for nothing in common
 * @example
 *   sentenceSimilarity('The talks failed.', 'Negotiations collapsed.');
 */
export function sentenceSimilarity(a: string, b: string, ctx?: SimilarityContext): number;
/**
 * Similarity in [0, 1] of two analysed sentences; features are cached per sentence in `ctx`.
 * @param a a sentence from `analyze`
 * @param b another
 * @param ctx tunables, document weights and feature cache; the default context when omitted
 * @returns 1 for the same words, 0 for nothing in common
 */
export function sentenceSimilarity(a: Sentence, b: Sentence, ctx?: SimilarityContext): number;
export function sentenceSimilarity(a: string | Sentence, b: string | Sentence, ctx: SimilarityContext = defaultContext()): number {
  return ctx.similarity(asSentence(a), asSentence(b));
}

/**
 * A text analysed as one sentence (all its sentences' tokens), for scoring short texts whole.
 * @param text the text
 * @returns a sentence spanning the whole text
 */
export function wholeSentence(text: string): Sentence {
  const doc = analyze(text);
  return { index: 0, start: 0, end: text.length, text, paragraph: 0, tokens: doc.sentences.flatMap((s) => s.tokens) };
}

function asSentence(x: string | Sentence): Sentence {
  if (typeof x === 'string') return wholeSentence(x);
  if (x === null || typeof x !== 'object' || !Array.isArray(x.tokens)) {
    throw new TypeError(`Expected a string or an analysed sentence, not ${x === null ? 'null' : typeof x}`);
  }
  return x;
}
