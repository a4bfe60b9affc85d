/**
 * @module
 * The tunables of sentence similarity in one place; a caller can override any of them through a
 * context (see context.ts), which is also how tuning runs try alternatives.
 *
 * The defaults come from a coordinate search scored on training data only (MSRP train accuracy and
 * ROC AUC, STS-benchmark train Pearson), checked on the seed article pair. The two benchmarks pull
 * apart: MSRP (long news sentences) prefers content words weighed alike, unmatched function words
 * counted and a length penalty; STS (short captions) prefers IDF-like weights. The defaults sit
 * where both clear their bars (eval: MSRP test accuracy 0.737 at the train threshold, STS test
 * Pearson 0.737); neighbouring settings score MSRP 0.732-0.740 and STS 0.727-0.742. Synonym and
 * hypernym credit barely moved either benchmark; hypernyms were tried and dropped.
 */

/** Tunables of {@link features} and {@link similarity}. */
export interface SimilarityParams {
  /**
   * Weight of a function word (the, of, and) that the other sentence lacks: alone they carry little
   * meaning, but unmatched ones mark a clause one sentence adds.
   */
  readonly stopWeight: number;
  /** Weight of a function word both sentences have: shared glue ("a", "is") says little. */
  readonly stopMatchWeight: number;
  /**
   * Weight of reporting verbs (say, tell, add, according): copies restate who said what in their
   * own words, and a changed attribution is the attribution detector's job, not similarity's.
   */
  readonly reportWeight: number;
  /** Least weight of a capitalised word that is not sentence-initial (a name). */
  readonly nameWeight: number;
  /** Weight of a number: a changed figure is what separates a copy from a changed copy. */
  readonly numberWeight: number;
  /**
   * Exponent applied to the WordNet prior weight: 0 weighs all content words alike, 1 uses the
   * prior as is, > 1 sharpens the gap between rare and common words. Document weights apply on top.
   */
  readonly weightPower: number;
  /** Credit for a WordNet synonym (or derivationally related word) instead of the same lemma. */
  readonly synonymScore: number;
  /** Credit for a word sharing its first `stemLength` letters (recognition / recognise). */
  readonly stemScore: number;
  /** Prefix length for the stem match; words must be longer than this. */
  readonly stemLength: number;
  /** Least trigram Dice for a fuzzy match of names and unknown words (Zelensky / Zelenskiy). */
  readonly fuzzyMin: number;
  /** Credit for a fuzzy match, multiplied by its Dice coefficient. */
  readonly fuzzyScore: number;
  /**
   * Exponent of the generalised mean of the two coverages: -1 is F1 (harmonic), lower values
   * approach the minimum, so that one sentence adding a clause the other lacks costs more.
   */
  readonly meanExponent: number;
  /** Share of the final score that comes from consecutive-word pairs (word order, verbatim copy). */
  readonly bigramShare: number;
  /** Share of the final score from character trigrams of the whole sentences (spelling, morphology). */
  readonly charShare: number;
  /**
   * Penalty for unequal length: the score is multiplied by 1 - lengthPenalty * |na - nb| / max(na, nb)
   * over word counts, since a sentence that adds or drops a clause says more or less than the other.
   */
  readonly lengthPenalty: number;
  /** Factor applied when both sentences have numbers the other lacks (a changed figure). */
  readonly numberPenalty: number;
  /** How much the per-document inverse sentence frequency modulates the prior, 0..1. */
  readonly docMix: number;
}

/** Defaults (see the module comment for how they were chosen). */
export const DEFAULT_PARAMS: SimilarityParams = Object.freeze({
  stopWeight: 0.2,
  stopMatchWeight: 0.15,
  reportWeight: 0.5,
  nameWeight: 1,
  numberWeight: 1,
  weightPower: 0.1,
  synonymScore: 1,
  stemScore: 0.6,
  stemLength: 6,
  fuzzyMin: 0.5,
  fuzzyScore: 0.8,
  meanExponent: -1,
  bigramShare: 0,
  charShare: 0.15,
  lengthPenalty: 0.2,
  numberPenalty: 0.9,
  docMix: 0.5,
});
