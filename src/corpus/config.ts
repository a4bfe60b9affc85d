/**
 * @module
 * Every tunable of the corpus in one object: fingerprinting (src/core/fingerprint/config.ts),
 * candidate search thresholds and limits, and parallelism. Defaults are tuned on
 * eval/tasks/corpus.ts; docs/fingerprints.md explains the recall/precision tradeoff of each.
 */
import { availableParallelism } from 'node:os';
import { resolveFingerprintConfig, type FingerprintConfig, type ResolvedFingerprintConfig } from '../core/fingerprint/config.js';

/** Candidate search and verification parameters. */
export interface SearchConfig {
  /** At most this many candidates are verified per document (highest scores first). */
  maxCandidates: number;
  /** Shortlist size asked of each fingerprint family before scoring. */
  shortlist: number;
  /** Minimum term containment (weighted share of shared names, numbers and sampled words). */
  minTermScore: number;
  /** Minimum shared distinct terms for a term-only candidate (guards tiny documents). */
  minTermHits: number;
  /** Minimum sentence containment (share of sentence keys shared). */
  minSentenceScore: number;
  /** Minimum LSH bands shared (any shared band is a near-verbatim signal). */
  minLshBands: number;
  /**
   * Terms held by more documents than this are ignored: a fixed bound (as passim's maxDF), so a
   * query reads at most this many postings per term however large the corpus grows. Rarer terms
   * carry the signal; common names still count through their rarer neighbours.
   */
  maxTermDf: number;
  /**
   * A query looks up at most this many of its terms, the rarest (highest weight) first: they have
   * the shortest postings and carry most of the evidence. Containment is then measured on them.
   */
  maxQueryTerms: number;
  /** Sentence and LSH keys held by more documents than this are boilerplate. */
  maxKeyDf: number;
  /** Pseudo-count added to containment denominators, in units of an average term weight. */
  smoothing: number;
  /**
   * A derived verdict (duplicate, derived, partially-derived) below this compare score is kept as
   * `related`: the corpus graph asserts a lineage only with this much confidence.
   */
  minDerivedScore: number;
}

/** The whole corpus config; every field optional in overrides. */
export interface CorpusConfig {
  fingerprint: ResolvedFingerprintConfig;
  search: SearchConfig;
  /** Worker threads for fingerprinting and verification (0: all in the calling thread). */
  workers: number;
  /** Documents in flight between reading and writing their edges (bounds memory). */
  window: number;
}

/** Overrides accepted by `resolveCorpusConfig`. */
export interface CorpusConfigOverrides {
  fingerprint?: Partial<FingerprintConfig>;
  search?: Partial<SearchConfig>;
  workers?: number;
  window?: number;
}

/** Search defaults. */
export const DEFAULT_SEARCH_CONFIG: Readonly<SearchConfig> = Object.freeze({
  maxCandidates: 8,
  shortlist: 40,
  minTermScore: 0.3,
  minTermHits: 4,
  minSentenceScore: 0.15,
  minLshBands: 1,
  maxTermDf: 100,
  maxQueryTerms: 64,
  maxKeyDf: 100,
  smoothing: 3,
  minDerivedScore: 0.85,
});

/**
 * Fills in defaults.
 * @param o overrides
 * @returns the complete config
 */
export function resolveCorpusConfig(o: CorpusConfigOverrides = {}): CorpusConfig {
  return {
    fingerprint: resolveFingerprintConfig(o.fingerprint),
    search: { ...DEFAULT_SEARCH_CONFIG, ...o.search },
    workers: o.workers ?? Math.min(2, availableParallelism()),
    window: o.window ?? 512,
  };
}
