/**
 * @module
 * WordNet synonym sets for lemmas, so that similarity can credit a paraphrase that swaps a word
 * for a synonym (truce / ceasefire, demand / require) or for a derived form of it (negotiate /
 * negotiation). Only each word's first senses are kept at build time, which trades some recall
 * for far fewer false matches through rare senses.
 */
import { lexicon } from './load.js';

const EMPTY: readonly number[] = Object.freeze([]);

/**
 * Synset ids of a lemma, sorted ascending; empty for words WordNet does not know.
 * Ids are only meaningful for comparison with other ids from this function.
 * @param lemma a lemma as produced by `lemmatize`
 * @returns the ids (shared, frozen array)
 */
export function synsets(lemma: string): readonly number[] {
  const lex = lexicon();
  const row = lex.row(lemma);
  return row < 0 ? EMPTY : lex.synsets(row);
}

/**
 * Whether two lemmas are the same word or share a WordNet synset (or a derivational link).
 * @param a a lemma
 * @param b another lemma
 * @returns true for synonyms
 */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  return sharesId(synsets(a), synsets(b));
}

/**
 * The antonyms of a lemma: WordNet's direct antonyms between first senses ("rise" -> "fall"), for
 * telling a copy that says the opposite from one that rewords.
 * @param lemma a lemma as produced by `lemmatize`
 * @returns its antonyms (shared; empty for most words)
 */
export function antonyms(lemma: string): readonly string[] {
  return lexicon().antonyms.get(lemma) ?? EMPTY_WORDS;
}

const EMPTY_WORDS: readonly string[] = Object.freeze([]);

/**
 * Whether two sorted id lists have an element in common (linear merge).
 * @param x sorted ids
 * @param y sorted ids
 * @returns true when they intersect
 */
export function sharesId(x: readonly number[], y: readonly number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) return true;
    if (a < b) i++;
    else j++;
  }
  return false;
}
