/**
 * @module
 * fingerprint(): a document's text to the integer keys the corpus indexes for candidate search.
 * Three families, each catching what the others miss:
 * - `lsh`: MinHash LSH band keys over word 5-grams, for verbatim and lightly edited copies;
 * - `term`: names, numbers and sampled content words, for paraphrased and translated copies and
 *   for short copies of long sources (scored by containment, not Jaccard);
 * - `sentence`: hashes of each sentence's sorted content words, for partial verbatim copies.
 */
import type { AnalyzedDocument } from '../text/types.js';
import { analyzeForFingerprint } from './analysis.js';
import { resolveFingerprintConfig, type ResolvedFingerprintConfig } from './config.js';
import { murmur3 } from './hash.js';
import { bandKeys, minhash, shingleHashes } from './minhash.js';
import { selectTerms, sentenceKeys } from './terms.js';

/** Kind numbers of the fingerprint families, as stored. Append only. */
export const FINGERPRINT_KINDS = Object.freeze({ lsh: 1, term: 2, sentence: 3 });

/** All fingerprints of one document. */
export interface DocumentFingerprint {
  /** LSH band keys (`bands` of them; none for a document without words). */
  lsh: Uint32Array;
  /** MinHash signature the band keys were cut from (kept for Jaccard estimates). */
  signature: Uint32Array;
  /** Indexed term keys, names and numbers first. */
  terms: Uint32Array;
  /** Local weight of each term (names and numbers above ordinary words). */
  termWeights: Float32Array;
  /** Sentence keys. */
  sentences: Uint32Array;
  /** Word and number tokens in the document. */
  words: number;
}

/**
 * Fingerprints a document.
 * @param input the text, or an already analysed document
 * @param config a resolved config (`resolveFingerprintConfig()`)
 * @returns the fingerprints
 */
export function fingerprint(input: string | AnalyzedDocument, config: ResolvedFingerprintConfig = resolveFingerprintConfig()): DocumentFingerprint {
  const doc = typeof input === 'string' ? analyzeForFingerprint(input) : input;
  const c = config;
  const tokenHashes: number[] = [];
  for (const s of doc.sentences) {
    for (const t of s.tokens) if (t.kind === 'word' || t.kind === 'number') tokenHashes.push(murmur3(t.norm, c.seed));
  }
  const shingles = shingleHashes(tokenHashes, c.shingle, c.seed);
  const signature = minhash(shingles, c.numPerm, c.seed);
  const lsh = shingles.length ? bandKeys(signature, c.lshParams.bands, c.lshParams.rows) : new Uint32Array(0);
  const terms = selectTerms(doc, c);
  return { lsh, signature, terms: terms.keys, termWeights: terms.weights, sentences: sentenceKeys(doc, c), words: tokenHashes.length };
}

/**
 * The fingerprint families in the shape the store takes. Terms are shared by many documents, so
 * their postings are capped by document frequency; band and sentence keys are mostly unique.
 * @returns one `{kind, keys, capped}` per family
 */
export function fingerprintSets(fp: DocumentFingerprint): { kind: number; keys: Uint32Array; capped: boolean }[] {
  return [
    { kind: FINGERPRINT_KINDS.lsh, keys: fp.lsh, capped: false },
    { kind: FINGERPRINT_KINDS.term, keys: fp.terms, capped: true },
    { kind: FINGERPRINT_KINDS.sentence, keys: fp.sentences, capped: false },
  ];
}
