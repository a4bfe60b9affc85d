/**
 * @module
 * Candidate search: which stored documents are worth verifying against a document. Sublinear in
 * the corpus size: each fingerprint family is looked up in the store's postings (keys too common
 * to discriminate are ignored), and only the documents sharing keys are scored. Three signals:
 * - LSH bands shared (near-verbatim copies);
 * - sentence containment (partial verbatim copies, short copies of long sources);
 * - term containment, weighted by rarity (paraphrases and translations keep names and numbers).
 * Containment is taken in both directions, so a short copy of a long source scores as high as
 * the source itself would.
 */
import { FINGERPRINT_KINDS, type DocumentFingerprint } from '../core/fingerprint/fingerprint.js';
import type { DocKey, PostingMatch, Store } from '../store/store.js';
import type { SearchConfig } from './config.js';

/** Pseudo-count of sentences added to the sentence-containment denominator (guards short documents). */
const SENTENCE_SMOOTHING = 1;

/** One candidate with the evidence that put it forward. */
export interface Candidate {
  key: DocKey;
  /** max of the signals, used to rank. */
  score: number;
  lshBands: number;
  sentence: number;
  term: number;
}

/** Bounds of a search. */
export interface SearchBounds {
  /** Only documents added before this key (each pair is then looked at once, by the newer side). */
  below?: DocKey;
  /** Leave out this document (the query itself). */
  exclude?: DocKey;
  /** Documents in the corpus (for rarity weights). */
  documents: number;
}

function bounds(b: SearchBounds): { below?: DocKey; exclude?: DocKey } {
  return { ...(b.below !== undefined ? { below: b.below } : {}), ...(b.exclude !== undefined ? { exclude: b.exclude } : {}) };
}

/** Inverse document frequency with add-one smoothing; 0 for a key in every document. */
export function idf(df: number, documents: number): number {
  return Math.log((documents + 1) / (df + 1));
}

/**
 * Ranks the stored documents that may share text or story with the fingerprinted one.
 * @param store the corpus
 * @param fp the query's fingerprints
 * @param b which documents to consider, and the corpus size
 * @param c search config
 * @returns at most `maxCandidates` candidates, best first
 */
export async function findCandidates(store: Store, fp: DocumentFingerprint, b: SearchBounds, c: SearchConfig): Promise<Candidate[]> {
  const found = new Map<DocKey, Candidate>();
  const get = (key: DocKey): Candidate => {
    let x = found.get(key);
    if (!x) { x = { key, score: 0, lshBands: 0, sentence: 0, term: 0 }; found.set(key, x); }
    return x;
  };
  const opts = { ...bounds(b), limit: c.shortlist };

  if (fp.lsh.length) {
    const hits = await store.matchPostings(FINGERPRINT_KINDS.lsh, unit(fp.lsh), { ...opts, maxDf: c.maxKeyDf });
    for (const m of hits) if (m.hits >= c.minLshBands) get(m.key).lshBands = m.hits;
  }
  if (fp.sentences.length) {
    const hits = await store.matchPostings(FINGERPRINT_KINDS.sentence, unit(fp.sentences), { ...opts, maxDf: c.maxKeyDf });
    for (const m of hits) {
      const s = m.hits / (Math.min(fp.sentences.length, Math.max(1, m.size)) + SENTENCE_SMOOTHING);
      if (s >= c.minSentenceScore) get(m.key).sentence = Math.min(1, s);
    }
  }
  if (fp.terms.length) {
    for (const [key, s] of await termScores(store, fp, b, c)) get(key).term = s;
  }
  const out = [...found.values()];
  for (const x of out) x.score = Math.max(x.lshBands > 0 ? 0.5 + 0.5 * Math.min(1, x.lshBands / Math.max(1, fp.lsh.length)) : 0, x.sentence, x.term);
  out.sort((x, y) => y.score - x.score || x.key - y.key);
  return out.slice(0, c.maxCandidates);
}

function unit(keys: Uint32Array): { key: number; weight: number }[] {
  return Array.from(keys, (key) => ({ key, weight: 1 }));
}

/**
 * Term containment of each shortlisted document: the larger of (a) the rarity-weighted share of
 * the query's terms it holds and (b) the share of its own indexed terms found in the query.
 */
async function termScores(store: Store, fp: DocumentFingerprint, b: SearchBounds, c: SearchConfig): Promise<Map<DocKey, number>> {
  const maxDf = c.maxTermDf;
  const dfs = await store.documentFrequencies(FINGERPRINT_KINDS.term, Array.from(fp.terms));
  const weighted: { key: number; weight: number }[] = [];
  let unmatched = 0;
  for (let i = 0; i < fp.terms.length; i++) {
    const df = dfs.get(fp.terms[i]!) ?? 0;
    if (df > maxDf) continue;
    const w = fp.termWeights[i]! * idf(df, b.documents);
    // A term no other document holds still counts in the query's mass: it is content not shared.
    if (df > 0) weighted.push({ key: fp.terms[i]!, weight: w });
    else unmatched += w;
  }
  // Look up the rarest terms only; measure the query's mass on the same terms (and on the unshared
  // ones in proportion), so the containment estimate stays unbiased.
  weighted.sort((x, y) => y.weight - x.weight || x.key - y.key);
  const queried = weighted.slice(0, c.maxQueryTerms);
  const share = weighted.length ? queried.length / weighted.length : 1;
  const mass = queried.reduce((m, k) => m + k.weight, 0) + unmatched * share;
  const out = new Map<DocKey, number>();
  if (queried.length === 0) return out;
  const avg = mass / Math.max(1, queried.length);
  const hits: PostingMatch[] = await store.matchPostings(FINGERPRINT_KINDS.term, queried, { ...bounds(b), limit: c.shortlist });
  for (const m of hits) {
    if (m.hits < c.minTermHits) continue;
    const ofQuery = m.weight / (mass + c.smoothing * avg);
    const ofMatch = m.hits / (Math.max(m.size * share, m.hits) + c.smoothing);
    const s = Math.max(ofQuery, ofMatch);
    if (s >= c.minTermScore) out.set(m.key, Math.min(1, s));
  }
  return out;
}
