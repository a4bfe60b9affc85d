/**
 * @module
 * Document-level measures the verdict needs besides the sentence alignment: how much wording is
 * shared (word trigram containment: a copy keeps phrases, an independent text on the same topic
 * does not) and how much content is shared (topical cosine: the same story shares names, numbers
 * and content words even when no sentence was copied).
 */
import { boostOf, termKey } from '../align/term-vectors.js';
import { priorWeight } from '../lexicon/weights.js';
import type { AnalyzedDocument } from '../text/types.js';
import { isFurniture } from './boilerplate.js';

/** Length of the word n-grams used for phrase reuse (trigramKey combines exactly three). */
const NGRAM = 3;
/** Exponent on the lexicon's IDF-like prior in the topical vector: squared, the words a topic shares
 * with every text on it (rate, bank, percent) fade and the story's own names and jargon carry. Chosen
 * on Clough (same question vs other questions) and energy news (same story vs same sector). */
const PRIOR_POWER = 2;
/** Bound on the memo of prior weights (entries), so a long-running corpus job does not grow it forever. */
const MAX_MEMO = 50_000;

const priorMemo = new Map<string, number>();

/** The lexicon prior of a lemma raised to PRIOR_POWER, memoised (a lexicon lookup is a binary search). */
function topicalWeight(lemma: string): number {
  let w = priorMemo.get(lemma);
  if (w === undefined) {
    if (priorMemo.size >= MAX_MEMO) priorMemo.clear();
    priorMemo.set(lemma, (w = priorWeight(lemma) ** PRIOR_POWER));
  }
  return w;
}

const hashMemo = new Map<string, number>();

/** FNV-1a 32-bit hash of a lemma, memoised (the same lemma recurs across every compare). */
function lemmaHash(lemma: string): number {
  let h = hashMemo.get(lemma);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < lemma.length; i++) h = Math.imul(h ^ lemma.charCodeAt(i), 0x01000193);
    h >>>= 0;
    if (hashMemo.size >= MAX_MEMO) hashMemo.clear();
    hashMemo.set(lemma, h);
  }
  return h;
}

/** Three 32-bit hashes folded into one exact integer below 2^53 (order-sensitive): 21 bits mixed
 * from the first two, the third kept whole. */
function trigramKey(x: number, y: number, z: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h & 0x1fffff) * 0x100000000 + z;
}

/** Per-document data computed once per compare. */
export interface DocStats {
  /** Hashes of the word trigrams (lemmas of words and numbers, stop words included: phrasing is the
   * point). A 53-bit hash: a collision would have to hit one of a few thousand trigrams by chance. */
  ngrams: Set<number>;
  /** Number of n-gram occurrences (denominator of containment). */
  ngramCount: number;
  /** Content term -> weight (sublinear tf of boosted counts, times the squared lexicon prior). */
  terms: Map<string, number>;
  /** Non-white-space characters of each sentence. */
  sentenceChars: number[];
  /** Whether each sentence is page furniture (caption, credit, header, footer). */
  furniture: boolean[];
  /** Sum of `sentenceChars`. */
  chars: number;
}

/**
 * Computes the document-level data of one analysed document.
 * @param doc an analysed document
 */
export function docStats(doc: AnalyzedDocument): DocStats {
  const ngrams = new Set<number>();
  let ngramCount = 0;
  const counts = new Map<string, number>();
  const prior = new Map<string, number>();
  const sentenceChars: number[] = [];
  const furniture: boolean[] = [];
  let chars = 0;
  let h1 = 0;
  let h2 = 0;
  let inWindow = 0;
  for (const s of doc.sentences) {
    let c = 0;
    for (let k = 0; k < s.text.length; k++) {
      const code = s.text.charCodeAt(k);
      if (code > 32 && code !== 0xa0) c++;
    }
    sentenceChars.push(c);
    furniture.push(isFurniture(s.text));
    chars += c;
    // n-grams do not cross sentence boundaries: reordering sentences must not count as rewording
    inWindow = 0;
    s.tokens.forEach((t, k) => {
      const key = termKey(t);
      if (key !== undefined) {
        counts.set(key, (counts.get(key) ?? 0) + boostOf(t, k));
        if (!prior.has(key)) prior.set(key, t.kind === 'number' ? 1 : topicalWeight(t.lemma));
      }
      if (t.kind !== 'word' && t.kind !== 'number') return;
      const h = lemmaHash(t.lemma);
      if (++inWindow >= NGRAM) {
        ngrams.add(trigramKey(h1, h2, h));
        ngramCount++;
      }
      h1 = h2;
      h2 = h;
    });
  }
  const terms = new Map<string, number>();
  for (const [k, v] of counts) terms.set(k, (1 + Math.log(v)) * prior.get(k)!);
  return { ngrams, ngramCount, terms, sentenceChars, furniture, chars };
}

/**
 * Share of x's word n-grams that occur in y (0..1): phrase reuse of x from y.
 * @param x the side whose wording is tested
 * @param y the other side
 */
export function containment(x: DocStats, y: DocStats): number {
  if (x.ngrams.size === 0) return 0;
  let hit = 0;
  for (const g of x.ngrams) if (y.ngrams.has(g)) hit++;
  return hit / x.ngrams.size;
}

/**
 * Cosine of the two documents' content-term vectors (0..1): shared story, names and numbers.
 * @param x one document's stats
 * @param y the other's
 */
export function topicalSimilarity(x: DocStats, y: DocStats): number {
  let dot = 0;
  let nx = 0;
  let ny = 0;
  for (const [k, w] of x.terms) {
    nx += w * w;
    const v = y.terms.get(k);
    if (v !== undefined) dot += w * v;
  }
  for (const w of y.terms.values()) ny += w * w;
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
