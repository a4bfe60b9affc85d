/**
 * @module
 * How an alignment maps sentences: the share of links that join one sentence to one, and the share
 * that keep both documents' order. A translation keeps both near 1; a rewrite merges, splits and
 * reorders. Read by gap filling (gaps.ts) and by the style of the verdict (verdict/style.ts).
 */
import type { SentenceLink } from './types.js';
import { mapped } from '../arrays.js';

/** The order measures of an alignment. */
export interface LinkOrder {
  /** Links, counted (those with sentences on both sides). */
  links: number;
  /** Share of links joining exactly one sentence to one. */
  oneToOne: number;
  /** Share of links in both documents' order: the longest run of links that is increasing on both
   * sides, over all links (the same whichever side is read first). */
  inOrder: number;
}

/** Length of the longest strictly increasing subsequence. */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/**
 * Measures the order of an alignment's links.
 * @param links sentence links (any order)
 */
export function linkOrder(links: readonly SentenceLink[]): LinkOrder {
  const both = links.filter((l) => l.a.length > 0 && l.b.length > 0);
  if (both.length === 0) return { links: 0, oneToOne: 0, inOrder: 0 };
  const single = both.filter((l) => l.a.length === 1 && l.b.length === 1).length;
  const bByA = mapped([...both].sort((x, y) => x.a[0]! - y.a[0]!), (l) => l.b[0]!);
  return { links: both.length, oneToOne: single / both.length, inOrder: longestIncreasing(bByA) / both.length };
}
