/**
 * @module
 * Gap filling for copies that keep the source's order sentence for sentence (translations): there a
 * single free sentence on each side between two linked neighbours is the same sentence, even when it
 * shares few words with its counterpart ("The agreement never went through." / "This agreement was
 * not approved."). Only where the whole alignment is one for one and in order, only single-sentence
 * gaps, and only pairs with some similarity and comparable length: a dropped sentence and an added
 * caption at the same place must stay an omission and an addition.
 */
import { wordCount } from '../text/analyze.js';
import type { AnalyzedDocument } from '../text/types.js';
import { linkOrder } from './order.js';
import type { PairScorer } from './term-vectors.js';
import type { SentenceLink } from './types.js';

/** Fewest links for the alignment's order to be trusted. */
const MIN_LINKS = 5;
/** Share of links that must be one sentence for one ... */
const ONE_TO_ONE = 0.9;
/** ... and in both documents' order (order.ts). */
const IN_ORDER = 0.95;
/** Lowest similarity of a gap pair: below it the two most likely say different things. */
const GAP_FLOOR = 0.1;
/** Most words one gap sentence may have for each word of the other. */
const MAX_LENGTH_RATIO = 2.5;

/** Whether the links keep both documents' order one sentence for one. */
function keepsOrder(links: readonly SentenceLink[]): boolean {
  const o = linkOrder(links);
  return o.links >= MIN_LINKS && o.oneToOne >= ONE_TO_ONE && o.inOrder >= IN_ORDER;
}

/**
 * Links single free sentences between linked neighbours (and before the first or after the last
 * link) when the alignment keeps order one for one.
 * @param links the links so far (not modified; new ones go through `add`)
 * @param ofA link index of each a-sentence, -1 when free
 * @param ofB link index of each b-sentence, -1 when free
 * @param add records a new link
 */
export function fillGaps(
  a: AnalyzedDocument, b: AnalyzedDocument, links: readonly SentenceLink[], ofA: Int32Array, ofB: Int32Array,
  scorer: PairScorer, add: (ia: number[], ib: number[], similarity: number) => void,
): void {
  if (!keepsOrder(links)) return;
  const sorted = [...links].sort((x, y) => x.a[0]! - y.a[0]!);
  const gaps: [number, number][] = [];
  // (last a, last b) of the previous link; -1 before the first
  let prevA = -1;
  let prevB = -1;
  for (const l of [...sorted, { a: [a.sentences.length], b: [b.sentences.length] }]) {
    const nextA = l.a[0]!;
    const nextB = l.b[0]!;
    if (nextA - prevA === 2 && nextB - prevB === 2) gaps.push([prevA + 1, prevB + 1]);
    prevA = Math.max(prevA, ...l.a);
    prevB = Math.max(prevB, ...l.b);
  }
  for (const [i, j] of gaps) {
    if (ofA[i] !== -1 || ofB[j] !== -1) continue;
    const wa = wordCount(a.sentences[i]!);
    const wb = wordCount(b.sentences[j]!);
    if (wa === 0 || wb === 0 || Math.max(wa, wb) > MAX_LENGTH_RATIO * Math.min(wa, wb)) continue;
    const score = scorer.score([i], [j]);
    if (score >= GAP_FLOOR) add([i], [j], score);
  }
}
