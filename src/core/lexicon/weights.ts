/**
 * @module
 * A prior weight per lemma, standing in for inverse document frequency: compare sees only two
 * documents, too few to estimate how common a word is, so WordNet's SemCor tag counts supply it.
 * Rare and unknown words (names, places, jargon) weigh most, everyday words least.
 */
import { lexicon } from './load.js';

/** Commonness bucket (round(2 log2(1 + SemCor count))) at and above which a word gets the floor
 * weight; "be" is 28, "say" 22, "year" 18, "president" 10, "ceasefire" 0. */
const PRIOR_TOP = 30;
/** Weight of the most common words, relative to 1 for unknown and rare ones. */
const PRIOR_FLOOR = 0.1;

/**
 * IDF-like prior weight of a lemma in [PRIOR_FLOOR, 1]: 1 for words WordNet does not know or
 * never saw tagged, falling linearly with log commonness (so roughly log(N / count), like IDF).
 * @param lemma a lemma as produced by `lemmatize`
 * @returns the weight
 */
export function priorWeight(lemma: string): number {
  const lex = lexicon();
  const row = lex.row(lemma);
  if (row < 0) return 1;
  return Math.max(PRIOR_FLOOR, 1 - lex.freq(row) / PRIOR_TOP);
}

/**
 * Whether WordNet knows the word as a lemma; unknown capitalised words are most likely names.
 * @param lemma a lemma
 * @returns true when the lexicon has it
 */
export function isKnownWord(lemma: string): boolean {
  return lexicon().row(lemma) >= 0;
}
