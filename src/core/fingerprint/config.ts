/**
 * @module
 * Every tunable of document fingerprinting in one object, with documented defaults. The LSH
 * banding is derived from `lshThreshold` and the two error weights unless `lshParams` overrides
 * it; docs/fingerprints.md explains the recall/precision tradeoff of each value.
 */
import { optimalLshParams, type LshParams } from './lsh-params.js';

/** Fingerprinting parameters. All fields have defaults (see `DEFAULT_FINGERPRINT_CONFIG`). */
export interface FingerprintConfig {
  /** Words per shingle for MinHash. 5 keeps chance matches rare in news prose. */
  shingle: number;
  /** MinHash values per document. More values sharpen the LSH curve at the cost of CPU. */
  numPerm: number;
  /** Jaccard similarity of 5-gram sets that LSH should catch (near-verbatim copies). */
  lshThreshold: number;
  /** Weight of false positives when deriving the banding (extra candidates to verify). */
  lshFpWeight: number;
  /** Weight of false negatives when deriving the banding (missed copies). */
  lshFnWeight: number;
  /** Banding override; when absent, derived from the threshold and weights. */
  lshParams?: LshParams;
  /** Ordinary content words are indexed when `hash % termSample === 0` (consistent 1-in-N sampling). */
  termSample: number;
  /** Names and numbers (always indexed) at most this many per document, most frequent first. */
  maxNameTerms: number;
  /** Numbers below this (whole) are too common to index ("two", "3"). */
  minNumber: number;
  /** A sentence gets a hash only with at least this many distinct content words. */
  minSentenceTerms: number;
  /** At most this many sentence hashes per document (the longest sentences). */
  maxSentences: number;
  /** Seed of every hash function, so fingerprints are reproducible. */
  seed: number;
}

/**
 * Defaults, tuned on eval/tasks/corpus.ts. LSH only has to catch near-verbatim copies (terms and
 * sentences catch the rest), so its banding favours precision: 14 bands of 4 rows.
 */
export const DEFAULT_FINGERPRINT_CONFIG: Readonly<FingerprintConfig> = Object.freeze({
  shingle: 5,
  numPerm: 64,
  lshThreshold: 0.5,
  lshFpWeight: 0.5,
  lshFnWeight: 0.5,
  termSample: 4,
  maxNameTerms: 64,
  minNumber: 10,
  minSentenceTerms: 5,
  maxSentences: 48,
  seed: 0x5eed,
});

/** A config with every field set and the banding resolved. */
export type ResolvedFingerprintConfig = Required<FingerprintConfig>;

/**
 * Fills in defaults and derives the LSH banding.
 * @param overrides fields to change
 * @returns the complete config
 */
export function resolveFingerprintConfig(overrides: Partial<FingerprintConfig> = {}): ResolvedFingerprintConfig {
  const c = { ...DEFAULT_FINGERPRINT_CONFIG, ...overrides };
  const lshParams = overrides.lshParams ?? optimalLshParams(c.lshThreshold, c.numPerm, c.lshFpWeight, c.lshFnWeight);
  if (lshParams.bands * lshParams.rows > c.numPerm) {
    throw new RangeError(`Expected bands * rows <= numPerm (${c.numPerm}), not ${lshParams.bands} * ${lshParams.rows}`);
  }
  return { ...c, lshParams };
}
