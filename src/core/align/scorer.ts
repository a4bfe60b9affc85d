/**
 * @module
 * Sentence-pair scoring for the aligner: the ONE seam between alignment and sentence similarity.
 * Candidate pairs come from the cheap term-vector measure (inverted index, term-vectors.ts), so
 * that the full similarity (src/core/similarity: synonyms, stems, fuzzy names, IDF-like weights)
 * runs only on pairs that share some content; splits and merges are scored on joined sentences.
 */
import { createContext } from '../similarity/index.js';
import type { AnalyzedDocument, Sentence } from '../text/types.js';
import { createTermScorer, type PairScorer, type ScoredPair } from './term-vectors.js';
import { signatures } from './verbatim.js';
import { mapped } from '../arrays.js';

export { boostOf, termKey, type PairScorer, type ScoredPair } from './term-vectors.js';

/** Term-vector score below which a pair is not rescored: on Clough and the seed, 99% of pairs that the
 * full similarity puts at >= 0.5 are above 0.1 (the rest are formula fragments like "P(A|B)"). */
const PREFILTER_FLOOR = 0.1;
/** Shortest signature (characters) for the verbatim fast path; shorter sentences repeat by chance. */
const VERBATIM_MIN_CHARS = 10;
/** A pair at or above this term-vector score that is each sentence's clear best is a near twin
 * (light edit): settled on the cheap score without running the full similarity. */
const NEAR_TWIN = 0.9;
/** ... clear best: the runner-up of either sentence scores at least this much less. */
const NEAR_TWIN_MARGIN = 0.3;

/**
 * Builds the pair scorer for two analysed documents.
 * @param a first document
 * @param b second document
 * @returns a scorer over sentence indices of a and b
 */
export function createScorer(a: AnalyzedDocument, b: AnalyzedDocument): PairScorer {
  const cheap = createTermScorer(a, b);
  const ctx = createContext({ documents: [a, b] });
  const joinedA = new Map<string, Sentence>();
  const joinedB = new Map<string, Sentence>();
  return {
    pairs(floor: number): ScoredPair[] {
      // fast paths: a sentence with exactly one verbatim twin on the other side is settled (score 1),
      // and so is a near twin (see NEAR_TWIN); their other candidates are not scored. Copies are mostly
      // such sentences, and the full similarity's per-sentence features are the main cost of a compare.
      const [settledA, settledB, out] = verbatimTwins(a, b);
      const rest = cheap.pairs(PREFILTER_FLOOR).filter((p) => !settledA.has(p.a) && !settledB.has(p.b));
      for (const p of nearTwins(rest, a.sentences.length, b.sentences.length)) {
        settledA.add(p.a);
        settledB.add(p.b);
        out.push(p);
      }
      for (const p of rest) {
        if (settledA.has(p.a) || settledB.has(p.b)) continue;
        const score = ctx.similarity(a.sentences[p.a]!, b.sentences[p.b]!);
        if (score >= floor) out.push({ a: p.a, b: p.b, score, verbatim: false });
      }
      return out;
    },
    score(ia: readonly number[], ib: readonly number[]): number {
      return ctx.similarity(joined(a, ia, joinedA), joined(b, ib, joinedB));
    },
    estimate: cheap.score,
  };
}

/** Pairs of sentences whose signatures occur exactly once on each side. */
function verbatimTwins(a: AnalyzedDocument, b: AnalyzedDocument): [Set<number>, Set<number>, ScoredPair[]] {
  const count = (sigs: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    sigs.forEach((s, i) => m.set(s, m.has(s) ? -1 : i));
    return m;
  };
  const ma = count(signatures(a));
  const mb = count(signatures(b));
  const sa = new Set<number>();
  const sb = new Set<number>();
  const out: ScoredPair[] = [];
  for (const [sig, i] of ma) {
    const j = mb.get(sig);
    if (i < 0 || j === undefined || j < 0 || sig.length < VERBATIM_MIN_CHARS) continue;
    sa.add(i);
    sb.add(j);
    out.push({ a: i, b: j, score: 1, verbatim: true });
  }
  return [sa, sb, out];
}

/** Pairs scoring at least NEAR_TWIN that are the clear best of both their sentences. */
function nearTwins(pairs: readonly ScoredPair[], na: number, nb: number): ScoredPair[] {
  const best = (n: number): { top: Float64Array; second: Float64Array } => ({ top: new Float64Array(n), second: new Float64Array(n) });
  const ba = best(na);
  const bb = best(nb);
  const note = (t: { top: Float64Array; second: Float64Array }, i: number, s: number): void => {
    if (s > t.top[i]!) { t.second[i] = t.top[i]!; t.top[i] = s; }
    else if (s > t.second[i]!) t.second[i] = s;
  };
  for (const p of pairs) { note(ba, p.a, p.score); note(bb, p.b, p.score); }
  return pairs.filter((p) => p.score >= NEAR_TWIN && p.score === ba.top[p.a] && p.score === bb.top[p.b] &&
    ba.second[p.a]! <= p.score - NEAR_TWIN_MARGIN && bb.second[p.b]! <= p.score - NEAR_TWIN_MARGIN);
}

/** One sentence spanning adjacent sentences (memoised, so features are computed once per join). */
function joined(doc: AnalyzedDocument, idx: readonly number[], memo: Map<string, Sentence>): Sentence {
  if (idx.length === 1) return doc.sentences[idx[0]!]!;
  const key = idx.join(',');
  let s = memo.get(key);
  if (!s) {
    const parts = mapped(idx, (i) => doc.sentences[i]!);
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    s = {
      index: first.index,
      start: first.start,
      end: last.end,
      text: doc.text.slice(first.start, last.end),
      paragraph: first.paragraph,
      tokens: parts.flatMap((p) => p.tokens),
    };
    memo.set(key, s);
  }
  return s;
}
