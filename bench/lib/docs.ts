/**
 * @module
 * Bench inputs built from the team's example corpus: ~1,000-word article pairs (two stories joined,
 * against the same two stories' copies) and the labelled pairs as plain texts.
 */
import { articlesById, readLabels } from '../../eval/lib/corpus.js';

/**
 * Three stories joined into one ~1,000-word document, against two of their copies plus the third
 * story unchanged (so each pair mixes light edits, paraphrase or translation, and a verbatim part).
 */
const LONG_PAIRS: [string[], string[]][] = [
  [['budget-original', 'fire-original', 'unrelated-museum'], ['budget-altered', 'fire-trimmed', 'unrelated-museum']],
  [['vaccine-original', 'election-original', 'unrelated-rates'], ['vaccine-altered', 'election-altered', 'unrelated-rates']],
  [['transfer-original', 'rates-original', 'court-related'], ['transfer-translated', 'rates-paraphrase', 'court-related']],
];

/** A pair of texts to compare. */
export interface TextPair {
  a: string;
  b: string;
}

/** Counts words as runs of non-space characters. */
export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The ~1,000-word pairs: a source made of two stories and a derived copy made of their copies. */
export function longPairs(): TextPair[] {
  const docs = articlesById();
  const join = (ids: string[]) => ids.map((id) => docs.get(id)!.text).join('\n\n');
  return LONG_PAIRS.map(([a, b]) => ({ a: join(a), b: join(b) }));
}

/** Every labelled pair of the example corpus as texts (derived, related and unrelated). */
export function labelledPairs(): (TextPair & { ids: [string, string] })[] {
  const docs = articlesById();
  return readLabels().map((p) => ({ a: docs.get(p.a)!.text, b: docs.get(p.b)!.text, ids: [p.a, p.b] }));
}

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function quantile(samples: number[], q: number): number {
  const s = [...samples].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
}
