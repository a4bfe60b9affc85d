/**
 * @module
 * Distinctive-term and sentence fingerprints: the ones that survive paraphrase and translation,
 * where word 5-grams do not. Names and numbers are kept by a rewrite ("Putin", "30-day"), so each
 * document indexes all of them; ordinary content words are indexed by consistent sampling (a word
 * is indexed in every document or in none), which keeps shared-term counts an unbiased estimate
 * of containment in both directions while storing about one word in `termSample`.
 */
import type { AnalyzedDocument, Token } from '../text/types.js';
import type { ResolvedFingerprintConfig } from './config.js';
import { murmur3 } from './hash.js';
import { mapped } from '../arrays.js';

/** Local weight of a name or number relative to an ordinary content word (1). */
export const NAME_WEIGHT = 1.5;
/** Shortest ordinary word worth indexing, in characters. */
const MIN_WORD_LENGTH = 3;

/** Selected terms of a document: keys (hashes of lemmas) with local weights, highest first. */
export interface TermSelection {
  keys: Uint32Array;
  weights: Float32Array;
}

function isWord(t: Token): boolean {
  return t.kind === 'word' && !t.stop && t.lemma.length >= MIN_WORD_LENGTH;
}

function isIndexedNumber(t: Token, minNumber: number): boolean {
  return t.kind === 'number' && t.value !== undefined && !(Number.isInteger(t.value) && Math.abs(t.value) < minNumber);
}

/**
 * Picks the indexed terms of an analysed document.
 * @param doc the analysed document
 * @param c resolved fingerprint config
 * @returns keys and weights
 */
export function selectTerms(doc: AnalyzedDocument, c: ResolvedFingerprintConfig): TermSelection {
  const nameCount = new Map<string, number>();
  const capsInitial = new Set<string>();
  const words = new Set<string>();
  for (const s of doc.sentences) {
    let first = true;
    for (const t of s.tokens) {
      if (t.kind === 'punct' || t.kind === 'symbol') continue;
      if (isIndexedNumber(t, c.minNumber)) nameCount.set(`#${t.lemma}`, (nameCount.get(`#${t.lemma}`) ?? 0) + 1);
      else if (t.kind === 'word' && t.cap && !t.stop && t.lemma.length >= 2) {
        if (first) capsInitial.add(t.lemma);
        else nameCount.set(t.lemma, (nameCount.get(t.lemma) ?? 0) + 1);
      } else if (isWord(t)) words.add(t.lemma);
      first = false;
    }
  }
  // A capitalised sentence opener is a name only when the word is a name elsewhere too.
  for (const w of capsInitial) {
    if (nameCount.has(w)) nameCount.set(w, nameCount.get(w)! + 1);
    else if (w.length >= MIN_WORD_LENGTH) words.add(w);
  }
  const names = mapped([...nameCount], ([term, tf]) => ({ term, tf, key: murmur3(term, c.seed + 1) }));
  names.sort((x, y) => y.tf - x.tf || x.key - y.key);
  const keys: number[] = [];
  const weights: number[] = [];
  const seen = new Set<number>();
  for (const n of names.slice(0, c.maxNameTerms)) {
    if (seen.has(n.key)) continue;
    seen.add(n.key); keys.push(n.key); weights.push(NAME_WEIGHT);
  }
  const sampled: number[] = [];
  for (const w of words) {
    if (nameCount.has(w)) continue;
    const key = murmur3(w, c.seed + 1);
    if (key % c.termSample === 0 && !seen.has(key)) { seen.add(key); sampled.push(key); }
  }
  sampled.sort((x, y) => x - y);
  for (const k of sampled) { keys.push(k); weights.push(1); }
  return { keys: Uint32Array.from(keys), weights: Float32Array.from(weights) };
}

/**
 * One hash per sentence of its distinct content lemmas, sorted: equal for a sentence copied with
 * its words reordered, inflected differently or with function words changed.
 * @param doc the analysed document
 * @param c resolved fingerprint config
 * @returns distinct sentence keys, from the sentences with most content words
 */
export function sentenceKeys(doc: AnalyzedDocument, c: ResolvedFingerprintConfig): Uint32Array {
  const found: { key: number; size: number }[] = [];
  const seen = new Set<number>();
  for (const s of doc.sentences) {
    const lemmas = new Set<string>();
    for (const t of s.tokens) if (isWord(t) || t.kind === 'number') lemmas.add(t.lemma);
    if (lemmas.size < c.minSentenceTerms) continue;
    const key = murmur3([...lemmas].sort().join(' '), c.seed + 2);
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ key, size: lemmas.size });
  }
  found.sort((x, y) => y.size - x.size || x.key - y.key);
  return Uint32Array.from(found.slice(0, c.maxSentences).map((f) => f.key));
}
