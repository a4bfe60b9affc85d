/**
 * @module
 * Checking alignments against gold spans: which alignment covers a span of b, and whether an
 * alignment's side contains a gold span. Shared by the tasks that know where each sentence belongs
 * (bbc-summary, wmt).
 */
import type { Alignment, Span } from '../../src/core/types.js';

/** Code units an alignment may fall short at each end of a gold span (trimmed quotes or a full stop). */
const SLACK = 2;

function overlap(x: Span, y: Span): number {
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

/** The alignment that covers most of `span` on side b, if any covers it at all. */
export function coveringAlignment(alignments: Alignment[], span: Span): Alignment | undefined {
  let best: Alignment | undefined;
  let bestOverlap = 0;
  for (const al of alignments) {
    const o = overlap(al.b, span);
    if (o > bestOverlap) { best = al; bestOverlap = o; }
  }
  return best;
}

/** Whether `outer` contains `inner`, give or take SLACK code units at each end. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start + SLACK && outer.end >= inner.end - SLACK;
}
