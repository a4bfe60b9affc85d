/**
 * @module
 * Sentence alignment in any order: every sentence of one document linked to the sentence(s) of the
 * other that say the same thing, whatever their position (copies reorder paragraphs), including
 * splits (one sentence -> two) and merges (two -> one).
 *
 * 1. score the pairs that share content (scorer.ts: an inverted-index prefilter, fast paths for
 *    verbatim and near-verbatim twins, the full sentence similarity for the rest);
 * 2. greedy by score: the best remaining pair whose sentences are both free becomes a link, while
 *    the score is at least LINK_THRESHOLD (greedy by descending score = mutual best first);
 * 3. context: a weaker pair (>= CONTEXT_THRESHOLD) becomes a link when it continues a linked run
 *    (its diagonal neighbour is linked): paraphrased passages keep their order locally; run again
 *    after step 4, since a split or a merge is a linked neighbour too;
 * 4. splits and merges: a free sentence joins the adjacent link when the joined text is more similar
 *    than the link alone, and two adjacent free sentences link to one when joined they pass;
 * 5. gaps: where the links keep both orders one for one (a translation), a single free sentence on
 *    each side between linked neighbours is linked (gaps.ts).
 */
import type { AnalyzedDocument } from '../text/types.js';
import { fillGaps } from './gaps.js';
import { createScorer, type PairScorer, type ScoredPair } from './scorer.js';
import type { DocumentAlignment, SentenceLink } from './types.js';
import { isVerbatim, signatures } from './verbatim.js';
import { mapped } from '../arrays.js';

/** Lowest score of a pair considered at all (prefilter; below it a pair is topical noise). */
const PAIR_FLOOR = 0.2;
/** A pair at or above this score is a link on its own: the two sentences say the same thing. Tuned on
 * Clough: 0.5 lets answers written independently on the same question find chance counterparts. */
export const LINK_THRESHOLD = 0.55;
/** A pair at or above this score is a link when it continues a linked run on both sides. */
const CONTEXT_THRESHOLD = 0.35;
/** A free sentence joins an adjacent link only if it has at least this score with the other side. */
const JOIN_FLOOR = 0.2;
/** ... and the joined score beats the link's score by at least this much. */
const JOIN_GAIN = 0.02;
/** Two free sentences are tried as a merge only when one pair of them already scores this much. */
const MERGE_FLOOR = 0.3;
/** Longest run of sentences on one side of a link (a split into more than this is not a split). */
const MAX_JOIN = 3;
/** A sentence with fewer content words than this (list markers "1.", "He said.") links only as part of
 * a split or merge, or when it is the only verbatim twin on both sides: such fragments match by chance. */
const MIN_LINK_TERMS = 2;

/** Options for `alignDocuments`. */
export interface AlignOptions {
  /** A scorer to use instead of the built-in one (tests, tuning experiments). */
  scorer?: PairScorer;
}

/**
 * Aligns the sentences of two analysed documents.
 * @param a first document
 * @param b second document
 * @returns the links (sorted by first a-sentence) and the unmatched sentences of each side
 */
export function alignDocuments(a: AnalyzedDocument, b: AnalyzedDocument, options: AlignOptions = {}): DocumentAlignment {
  const na = a.sentences.length;
  const nb = b.sentences.length;
  if (na === 0 || nb === 0) return { links: [], unmatchedA: range(na), unmatchedB: range(nb) };
  const scorer = options.scorer ?? createScorer(a, b);
  const ca = contentCounts(a);
  const cb = contentCounts(b);
  const pairs = scorer
    .pairs(PAIR_FLOOR)
    .filter((p) => p.verbatim || (ca[p.a]! >= MIN_LINK_TERMS && cb[p.b]! >= MIN_LINK_TERMS))
    .sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  // link index of each sentence, -1 when free
  const ofA = new Int32Array(na).fill(-1);
  const ofB = new Int32Array(nb).fill(-1);
  const links: SentenceLink[] = [];
  const add = (ia: number[], ib: number[], similarity: number): void => {
    for (const i of ia) ofA[i] = links.length;
    for (const j of ib) ofB[j] = links.length;
    links.push({ a: ia, b: ib, similarity, verbatim: false });
  };

  for (const p of pairs) {
    if (p.score < LINK_THRESHOLD) break;
    if (ofA[p.a] === -1 && ofB[p.b] === -1) add([p.a], [p.b], p.score);
  }
  const weak = pairs.filter((p) => p.score >= CONTEXT_THRESHOLD && p.score < LINK_THRESHOLD);
  extendByContext(weak, ofA, ofB, add);
  joinNeighbours(pairs, links, ofA, ofB, scorer, add);
  // again: a split or merge found in step 4 is a linked neighbour too
  extendByContext(weak, ofA, ofB, add);
  fillGaps(a, b, links, ofA, ofB, scorer, add);

  const kept = links;
  const sa = signatures(a);
  const sb = signatures(b);
  for (const l of kept) l.verbatim = isVerbatim(sa, sb, l);
  kept.sort((x, y) => x.a[0]! - y.a[0]! || x.b[0]! - y.b[0]!);
  const usedA = new Set(kept.flatMap((l) => l.a));
  const usedB = new Set(kept.flatMap((l) => l.b));
  return {
    links: kept,
    unmatchedA: range(na).filter((i) => !usedA.has(i)),
    unmatchedB: range(nb).filter((j) => !usedB.has(j)),
  };
}

/** Number of content tokens (non-stop words and numbers) per sentence. */
function contentCounts(doc: AnalyzedDocument): number[] {
  return mapped(doc.sentences, (s) => s.tokens.reduce((n, t) => n + ((t.kind === 'word' && !t.stop) || t.kind === 'number' ? 1 : 0), 0));
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

type AddLink = (ia: number[], ib: number[], similarity: number) => void;

/** Step 3: weaker pairs (`weak`, best first) that continue a linked diagonal; repeated so runs grow from both ends. */
function extendByContext(weak: readonly ScoredPair[], ofA: Int32Array, ofB: Int32Array, add: AddLink): void {
  const linkedTogether = (i: number, j: number): boolean =>
    i >= 0 && j >= 0 && i < ofA.length && j < ofB.length && ofA[i] !== -1 && ofA[i] === ofB[j];
  for (let pass = 0, grew = true; grew && pass < 4; pass++) {
    grew = false;
    for (const p of weak) {
      if (ofA[p.a] !== -1 || ofB[p.b] !== -1) continue;
      if (linkedTogether(p.a - 1, p.b - 1) || linkedTogether(p.a + 1, p.b + 1)) {
        add([p.a], [p.b], p.score);
        grew = true;
      }
    }
  }
}

/** Step 4: splits and merges. */
function joinNeighbours(
  pairs: ScoredPair[], links: SentenceLink[], ofA: Int32Array, ofB: Int32Array, scorer: PairScorer, add: AddLink,
): void {
  const candidates = pairs.filter((p) => p.score >= JOIN_FLOOR && (ofA[p.a] === -1 || ofB[p.b] === -1));
  for (let pass = 0, grew = true; grew && pass < MAX_JOIN; pass++) {
    grew = false;
    for (const p of candidates) {
      const fa = ofA[p.a] === -1;
      const fb = ofB[p.b] === -1;
      if (fa && !fb) grew = absorb(links, links[ofB[p.b]!]!, 'a', p.a, ofA, scorer) || grew;
      else if (fb && !fa) grew = absorb(links, links[ofA[p.a]!]!, 'b', p.b, ofB, scorer) || grew;
      else if (fa && fb) grew = mergeFree(p, ofA, ofB, scorer, add) || grew;
    }
  }
}

/** Adds free sentence `x` of `side` to `link` when adjacent to its run there and the join scores higher. */
function absorb(
  links: SentenceLink[], link: SentenceLink, side: 'a' | 'b', x: number, of: Int32Array, scorer: PairScorer,
): boolean {
  const run = link[side];
  const other = side === 'a' ? link.b : link.a;
  if (run.length >= MAX_JOIN || other.length > 1) return false;
  if (x !== run[0]! - 1 && x !== run[run.length - 1]! + 1) return false;
  const joined = x < run[0]! ? [x, ...run] : [...run, x];
  if (!cheaplyBetter(scorer, side, joined, run, other)) return false;
  const score = (x: readonly number[]): number => (side === 'a' ? scorer.score(x, other) : scorer.score(other, x));
  // the link's own score is recomputed: it may come from a fast path on another measure
  const s = score(joined);
  if (s < score(run) + JOIN_GAIN) return false;
  link[side] = joined;
  link.similarity = s;
  of[x] = links.indexOf(link);
  return true;
}

/**
 * Whether the cheap estimate says joining can raise the score (a join that does not raise the
 * estimate rarely raises the full similarity, and the full similarity of a join costs features).
 */
function cheaplyBetter(scorer: PairScorer, side: 'a' | 'b', joined: number[], run: readonly number[], other: readonly number[]): boolean {
  if (!scorer.estimate) return true;
  const est = side === 'a' ? (x: readonly number[]) => scorer.estimate!(x, other) : (x: readonly number[]) => scorer.estimate!(other, x);
  return est(joined) > est(run);
}

/** Two adjacent free sentences on one side that together match one free sentence on the other. */
function mergeFree(p: ScoredPair, ofA: Int32Array, ofB: Int32Array, scorer: PairScorer, add: AddLink): boolean {
  if (p.score < MERGE_FLOOR) return false;
  const options: Array<[number[], number[]]> = [];
  for (const d of [-1, 1]) {
    const ja = [p.a, p.a + d].sort((x, y) => x - y);
    const jb = [p.b, p.b + d].sort((x, y) => x - y);
    if (ofA[p.a + d] === -1 && cheaplyBetter(scorer, 'a', ja, [p.a], [p.b])) options.push([ja, [p.b]]);
    if (ofB[p.b + d] === -1 && cheaplyBetter(scorer, 'b', jb, [p.b], [p.a])) options.push([[p.a], jb]);
  }
  let best: [number[], number[]] | undefined;
  let bestScore = LINK_THRESHOLD;
  for (const [ia, ib] of options) {
    const s = scorer.score(ia, ib);
    if (s >= bestScore && s >= p.score + JOIN_GAIN) { best = [ia, ib]; bestScore = s; }
  }
  if (!best) return false;
  add(best[0], best[1], bestScore);
  return true;
}
