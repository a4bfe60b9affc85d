/**
 * @module
 * A cheap sentence-pair measure over weighted term vectors, used as the aligner's prefilter.
 *
 * `createTermScorer(a, b)` precomputes, per sentence, a weighted bag of content lemmas (IDF-like
 * weights computed over the sentences of both documents, so the story's own recurring names weigh
 * little and the words that make a sentence distinct weigh much), then scores all pairs sharing a
 * term through an inverted index (sparse product: cost grows with shared postings, not n x m).
 */
import type { AnalyzedDocument, Sentence, Token } from '../text/types.js';
import { float64s, int32s } from '../slab.js';
import { mapped } from '../arrays.js';

/** Words longer than this are keyed by their first STEM_PREFIX letters, so that derived forms meet
 * (negotiate/negotiation, require/requirement); the full similarity decides what they are worth. */
const STEM_PREFIX = 7;
/** Extra weight for numbers (they pin a sentence to its counterpart). */
const NUMBER_BOOST = 1.5;
/** Extra weight for capitalised words not at the start of a sentence (names). */
const NAME_BOOST = 1.2;
/** Share of the shorter side found in the longer side counts this much against plain cosine: a copy
 * that drops a clause keeps its counterpart (cosine alone punishes the length difference). */
const CONTAINMENT_WEIGHT = 0.35;
/** Below this many weighted terms on the shorter side containment is not trusted (one shared word
 * would make a two-word headline "contained"). */
const CONTAINMENT_MIN_MASS = 3;

/** A sparse weighted term vector: term ids ascending, with their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Sum of squared weights. */
  norm2: number;
  /** Sum of weights. */
  mass: number;
}

/** One candidate pair of single sentences with its score. */
export interface ScoredPair {
  a: number;
  b: number;
  score: number;
  /** True when the two sentences are the same text (found by signature, not scored). Always set, so
   * that every pair has one shape (the aligner's hot loops then stay monomorphic). */
  verbatim: boolean;
}

/** What the aligner needs from sentence similarity. */
export interface PairScorer {
  /** Pairs (i in a, j in b) whose score is at least `floor`, in no particular order. */
  pairs(floor: number): ScoredPair[];
  /** Similarity in 0..1 of the joined a-sentences to the joined b-sentences (indices ascending). */
  score(a: readonly number[], b: readonly number[]): number;
  /** A cheap stand-in for `score`, used to skip joins that cannot help; `score` itself when absent. */
  estimate?(a: readonly number[], b: readonly number[]): number;
}

/**
 * The matching key of a content token (stemmed lemma, or `#value` for numbers), or undefined for
 * tokens that carry no content (function words, punctuation). Shared with the document-level measures.
 * @param t a token
 */
export function termKey(t: Token): string | undefined {
  if (t.kind === 'number') return t.value !== undefined ? numberKey(t.value) : t.norm;
  if (t.kind !== 'word' || t.stop) return undefined;
  const l = t.lemma;
  if (l.length < 2) return undefined;
  if (l.length <= STEM_PREFIX) return l;
  // memoised, so that every occurrence gets one string (Map keys hash faster when seen before)
  let k = stems.get(l);
  if (k === undefined) {
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(l, (k = l.slice(0, STEM_PREFIX)));
  }
  return k;
}

/** `#value`, memoised like the stems below. */
function numberKey(value: number): string {
  let k = numberKeys.get(value);
  if (k === undefined) {
    if (numberKeys.size >= MAX_STEMS) numberKeys.clear();
    numberKeys.set(value, (k = `#${value}`));
  }
  return k;
}

const numberKeys = new Map<number, string>();

/** Memo of stem keys of long lemmas, bounded (entries) for long-running processes. */
const stems = new Map<string, string>();
const MAX_STEMS = 50_000;

/** Weight multiplier of a content token: numbers and names pin a sentence down. */
export function boostOf(t: Token, position: number): number {
  if (t.kind === 'number') return NUMBER_BOOST;
  return t.cap && position > 0 ? NAME_BOOST : 1;
}

/** Term ids of one sentence, ascending, with their summed boosts. */
interface TermCounts { ids: Int32Array; counts: Float64Array }

/**
 * Term counts of each sentence (id -> summed boost), with ids from `vocab` (new terms added). One
 * scratch array of sums serves all sentences: only the ids a sentence touched are read and reset.
 */
function countTerms(sentences: readonly Sentence[], vocab: Map<string, number>, sums: number[]): TermCounts[] {
  const out: TermCounts[] = [];
  const touched: number[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      const key = termKey(t);
      if (key === undefined) continue;
      let id = vocab.get(key);
      if (id === undefined) { id = vocab.size; vocab.set(key, id); sums.push(0); }
      if (sums[id] === 0) touched.push(id);
      sums[id]! += boostOf(t, k);
    }
    const ids = int32s(touched.length);
    for (let k = 0; k < touched.length; k++) ids[k] = touched[k]!;
    ids.sort();
    const counts = float64s(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = sums[ids[k]!]!;
      sums[ids[k]!] = 0;
    }
    touched.length = 0;
    out.push({ ids, counts });
  }
  return out;
}

function toVector(c: TermCounts, idf: Float64Array): TermVector {
  const { ids, counts } = c;
  const weights = float64s(ids.length);
  let norm2 = 0;
  let mass = 0;
  for (let k = 0; k < ids.length; k++) {
    // sublinear tf: a word said twice is not twice the sentence
    const w = Math.sqrt(counts[k]!) * idf[ids[k]!]!;
    weights[k] = w;
    norm2 += w * w;
    mass += w;
  }
  return { ids, weights, norm2, mass };
}

/** Sums vectors (a joined run of sentences). */
export function joinVectors(vs: readonly TermVector[]): TermVector {
  if (vs.length === 1) return vs[0]!;
  const acc = new Map<number, number>();
  for (const v of vs) for (let k = 0; k < v.ids.length; k++) acc.set(v.ids[k]!, (acc.get(v.ids[k]!) ?? 0) + v.weights[k]!);
  const ids = int32s(acc.size);
  let n = 0;
  for (const id of acc.keys()) ids[n++] = id;
  ids.sort();
  const weights = float64s(ids.length);
  let norm2 = 0;
  let mass = 0;
  for (let k = 0; k < ids.length; k++) {
    const w = acc.get(ids[k]!)!;
    weights[k] = w;
    norm2 += w * w;
    mass += w;
  }
  return { ids, weights, norm2, mass };
}

/** Dot product and shared minimum mass of two sorted sparse vectors. */
function overlap(x: TermVector, y: TermVector): { dot: number; shared: number } {
  let i = 0;
  let j = 0;
  let dot = 0;
  let shared = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const p = x.ids[i]!;
    const q = y.ids[j]!;
    if (p === q) {
      const wx = x.weights[i++]!;
      const wy = y.weights[j++]!;
      dot += wx * wy;
      shared += Math.min(wx, wy);
    } else if (p < q) i++;
    else j++;
  }
  return { dot, shared };
}

/** Blend of cosine and weighted containment of the lighter side; 0..1. */
function blend(dot: number, shared: number, x: TermVector, y: TermVector): number {
  if (x.norm2 === 0 || y.norm2 === 0) return 0;
  const cos = dot / Math.sqrt(x.norm2 * y.norm2);
  const minMass = Math.min(x.mass, y.mass);
  if (minMass < CONTAINMENT_MIN_MASS) return cos;
  const contain = shared / minMass;
  return contain > cos ? cos + CONTAINMENT_WEIGHT * (contain - cos) : cos;
}

/**
 * Builds the term-vector scorer for two analysed documents: weighted-lemma cosine blended with
 * containment of the lighter side.
 * @param a first document
 * @param b second document
 * @returns a scorer over sentence indices of a and b
 */
export function createTermScorer(a: AnalyzedDocument, b: AnalyzedDocument): PairScorer {
  const vocab = new Map<string, number>();
  const sums: number[] = [];
  const ca = countTerms(a.sentences, vocab, sums);
  const cb = countTerms(b.sentences, vocab, sums);
  const df = new Float64Array(vocab.size);
  for (const c of ca) for (const id of c.ids) df[id]!++;
  for (const c of cb) for (const id of c.ids) df[id]!++;
  const n = ca.length + cb.length;
  const idf = new Float64Array(vocab.size);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(1 + n / df[id]!);
  const va = mapped(ca, (c) => toVector(c, idf));
  const vb = mapped(cb, (c) => toVector(c, idf));

  return {
    pairs(floor: number): ScoredPair[] {
      // inverted index over b: term -> postings (sentence, weight), in flat arrays by term
      const start = new Int32Array(vocab.size + 1);
      for (const v of vb) for (let k = 0; k < v.ids.length; k++) start[v.ids[k]! + 1]!++;
      for (let id = 0; id < vocab.size; id++) start[id + 1]! += start[id]!;
      const fill = start.slice(0, vocab.size);
      const postS = new Int32Array(start[vocab.size]!);
      const postW = new Float64Array(start[vocab.size]!);
      vb.forEach((v, j) => {
        for (let k = 0; k < v.ids.length; k++) {
          const at = fill[v.ids[k]!]!++;
          postS[at] = j;
          postW[at] = v.weights[k]!;
        }
      });
      const dot = new Float64Array(vb.length);
      const shared = new Float64Array(vb.length);
      const out: ScoredPair[] = [];
      const touched: number[] = [];
      va.forEach((x, i) => {
        for (let k = 0; k < x.ids.length; k++) {
          const id = x.ids[k]!;
          const wx = x.weights[k]!;
          for (let p = start[id]!, end = start[id + 1]!; p < end; p++) {
            const j = postS[p]!;
            if (dot[j] === 0) touched.push(j);
            dot[j]! += wx * postW[p]!;
            shared[j]! += Math.min(wx, postW[p]!);
          }
        }
        for (const j of touched) {
          const s = blend(dot[j]!, shared[j]!, x, vb[j]!);
          if (s >= floor) out.push({ a: i, b: j, score: s, verbatim: false });
          dot[j] = 0;
          shared[j] = 0;
        }
        touched.length = 0;
      });
      return out;
    },
    score(ia: readonly number[], ib: readonly number[]): number {
      const x = joinVectors(mapped(ia, (i) => va[i]!));
      const y = joinVectors(mapped(ib, (j) => vb[j]!));
      const o = overlap(x, y);
      return blend(o.dot, o.shared, x, y);
    },
  };
}
