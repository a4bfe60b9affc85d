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
import { isFurniture } from '../text/furniture.js';
import { docCues, type DocCues } from './doc-cues.js';

/** Length of the word n-grams used for phrase reuse (trigramKey combines exactly three). */
const NGRAM = 3;
/** Exponent on the lexicon's IDF-like prior in the topical vector: squared, the words a topic shares
 * with every text on it (rate, bank, percent) fade and the story's own names and jargon carry. Chosen
 * on Clough (same question vs other questions) and energy news (same story vs same sector). */
const PRIOR_POWER = 2;
/** Bound on the memo of prior weights (entries), so a long-running corpus job does not grow it forever. */
const MAX_MEMO = 50_000;

/** What docStats needs of a lemma: its hash, and its topical weight (computed on first use). */
interface LemmaFacts { hash: number; topical: number }

const factsMemo = new Map<string, LemmaFacts>();

/** The facts of a lemma, memoised: one lookup serves both the hash and the weight. */
function lemmaFacts(lemma: string): LemmaFacts {
  let f = factsMemo.get(lemma);
  if (f === undefined) {
    // FNV-1a 32-bit hash
    let h = 0x811c9dc5;
    for (let i = 0; i < lemma.length; i++) h = Math.imul(h ^ lemma.charCodeAt(i), 0x01000193);
    if (factsMemo.size >= MAX_MEMO) factsMemo.clear();
    factsMemo.set(lemma, (f = { hash: h >>> 0, topical: NaN }));
  }
  return f;
}

/** The lexicon prior of a lemma raised to PRIOR_POWER (a lexicon lookup), kept in its facts. */
function topicalWeight(lemma: string, f: LemmaFacts): number {
  if (Number.isNaN(f.topical)) f.topical = priorWeight(lemma) ** PRIOR_POWER;
  return f.topical;
}

/** Three 32-bit hashes folded into one exact integer below 2^53 (order-sensitive): 21 bits mixed
 * from the first two, the third kept whole. */
function trigramKey(x: number, y: number, z: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ y;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return (h & 0x1fffff) * 0x100000000 + z;
}

/**
 * Weight of a content term in a topical vector: sublinear in its (boosted) count, times its topical
 * prior. One rule for the whole document (docStats) and for parts of it (direction-evidence.ts).
 * @param count the term's count in the text weighed (> 0)
 * @param prior the term's topical prior (TermWeights.prior)
 */
export function termWeight(count: number, prior: number): number {
  return (1 + Math.log(count)) * prior;
}

/** Content terms in order of first use (term -> position) and their weights by position. */
export interface TermWeights {
  index: Map<string, number>;
  weights: Float64Array;
  /** The topical prior of each term (its weight without the count), for vectors of parts of the text. */
  prior: Float64Array;
  /** Term position of every content-token occurrence, sentence after sentence ... */
  occurrences: Int32Array;
  /** ... and where each sentence's occurrences start (one more entry than sentences). */
  sentenceStart: Int32Array;
}

/** Per-document data computed once per compare. */
export interface DocStats {
  /** The document these stats describe. */
  doc: AnalyzedDocument;
  /** Hashes of the word trigrams (lemmas of words and numbers, stop words included: phrasing is the
   * point). A 53-bit hash: a collision would have to hit one of a few thousand trigrams by chance. */
  ngrams: NgramSet;
  /** Content terms and their weights (sublinear tf of boosted counts, times the squared lexicon prior). */
  terms: TermWeights;
  /** Non-white-space characters of each sentence. */
  sentenceChars: number[];
  /** Whether each sentence is page furniture (caption, credit, header, footer). */
  furniture: boolean[];
  /** Sum of `sentenceChars`. */
  chars: number;
  /** Sum of `sentenceChars` outside page furniture (the story text). */
  storyChars: number;
  /** Facts that hint at which side is the copy (names, figures, garbling); computed on first use,
   * since only a derived pair without publication times needs them. */
  readonly cues: DocCues;
}

/**
 * Computes the document-level data of one analysed document.
 * @param doc an analysed document
 */
export function docStats(doc: AnalyzedDocument): DocStats {
  let tokens = 0;
  for (const s of doc.sentences) tokens += s.tokens.length;
  const ngrams = new NgramSet(tokens);
  // content terms in order of first use: index, summed boost, and the prior of the first lemma seen
  const index = new Map<string, number>();
  const counts: number[] = [];
  const prior: number[] = [];
  const occurrences = new Int32Array(tokens);
  const sentenceStart = new Int32Array(doc.sentences.length + 1);
  let occ = 0;
  const sentenceChars: number[] = [];
  const furniture: boolean[] = [];
  let chars = 0;
  let storyChars = 0;
  let h1 = 0;
  let h2 = 0;
  let si = 0;
  for (const s of doc.sentences) {
    sentenceStart[si++] = occ;
    let c = 0;
    for (let k = 0; k < s.text.length; k++) {
      const code = s.text.charCodeAt(k);
      if (code > 32 && code !== 0xa0) c++;
    }
    sentenceChars.push(c);
    const isFurn = isFurniture(s.text);
    furniture.push(isFurn);
    chars += c;
    if (!isFurn) storyChars += c;
    // n-grams do not cross sentence boundaries: reordering sentences must not count as rewording
    let inWindow = 0;
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      const facts = lemmaFacts(t.lemma);
      // (only words and numbers have a term key)
      const key = termKey(t);
      if (key !== undefined) {
        let i = index.get(key);
        if (i === undefined) {
          index.set(key, (i = counts.length));
          counts.push(boostOf(t, k));
          prior.push(t.kind === 'number' ? 1 : topicalWeight(t.lemma, facts));
        } else counts[i]! += boostOf(t, k);
        occurrences[occ++] = i;
      }
      const h = facts.hash;
      // page furniture (a newsletter prompt, a disclaimer) is shared by every page of an outlet: no phrase evidence
      if (++inWindow >= NGRAM && !isFurn) {
        ngrams.add(trigramKey(h1, h2, h));
      }
      h1 = h2;
      h2 = h;
    }
  }
  sentenceStart[doc.sentences.length] = occ;
  const weights = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) weights[i] = termWeight(counts[i]!, prior[i]!);
  const terms = { index, weights, prior: Float64Array.from(prior), occurrences: occurrences.subarray(0, occ), sentenceStart };
  let cues: DocCues | undefined;
  return {
    doc, ngrams, terms, sentenceChars, furniture, chars, storyChars,
    get cues() { return (cues ??= docCues(doc)); },
  };
}

/**
 * A set of n-gram hashes (exact non-negative integers below 2^53) in one open-addressing table: a
 * JS Set of such numbers boxes each one and rehashes as it grows, a cost paid per document.
 */
export class NgramSet {
  /** Slots; -1 is empty. */
  private readonly table: Float64Array;
  private readonly mask: number;
  /** Number of distinct hashes. */
  size = 0;

  /** @param most the most hashes that will be added */
  constructor(most: number) {
    let cap = 16;
    while (cap < 2 * most) cap *= 2;
    this.table = new Float64Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  private slot(g: number): number {
    const x = Math.imul(Math.floor(g / 0x100000000), 0x9e3779b1) ^ (g >>> 0);
    return Math.imul(x ^ (x >>> 16), 0x85ebca6b) & this.mask;
  }

  /** Adds a hash (no-op when present). */
  add(g: number): void {
    const t = this.table;
    let i = this.slot(g);
    while (t[i] !== -1) {
      if (t[i] === g) return;
      i = (i + 1) & this.mask;
    }
    t[i] = g;
    this.size++;
  }

  /** Whether the hash is in the set. */
  has(g: number): boolean {
    const t = this.table;
    for (let i = this.slot(g); t[i] !== -1; i = (i + 1) & this.mask) if (t[i] === g) return true;
    return false;
  }

  /** Number of this set's hashes that `other` has too. */
  shared(other: NgramSet): number {
    let n = 0;
    const t = this.table;
    for (let i = 0; i < t.length; i++) if (t[i] !== -1 && other.has(t[i]!)) n++;
    return n;
  }
}

/**
 * Share of x's word n-grams that occur in y (0..1): phrase reuse of x from y.
 * @param x the side whose wording is tested
 * @param y the other side
 */
export function containment(x: DocStats, y: DocStats): number {
  if (x.ngrams.size === 0) return 0;
  return x.ngrams.shared(y.ngrams) / x.ngrams.size;
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
  const xw = x.terms.weights;
  const yw = y.terms.weights;
  const yi = y.terms.index;
  x.terms.index.forEach((i, k) => {
    const w = xw[i]!;
    nx += w * w;
    const j = yi.get(k);
    if (j !== undefined) dot += w * yw[j]!;
  });
  for (let j = 0; j < yw.length; j++) ny += yw[j]! * yw[j]!;
  return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
}
