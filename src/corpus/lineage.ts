/**
 * @module
 * From a compare verdict to a stored edge: which side is the source. Publication times decide
 * when both are known and differ (the earlier one is the source); otherwise compare's own
 * direction (from the text: which side adds, which omits); otherwise the lineage stays unknown.
 * `related` documents tell the same story independently, so they get no direction.
 */
import type { CompareResult, DocumentInput } from '../core/types.js';
import type { DocKey, NewEdge } from '../store/store.js';

/** The side of a pair as lineage needs it. */
export interface PairSide {
  key: DocKey;
  published?: string;
}

/** The compare function the corpus verifies candidates with (injectable for tests). */
export type CompareFn = (a: DocumentInput, b: DocumentInput) => CompareResult | Promise<CompareResult>;

function time(iso: string | undefined): number | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : t;
}

/**
 * The edge for a compared pair, or null when compare found them unrelated.
 * @param a the side passed to compare as `a`
 * @param b the side passed as `b`
 * @param r compare's verdict
 * @param minDerivedScore a derived verdict with a lower score is recorded as `related`
 */
export function edgeFromVerdict(a: PairSide, b: PairSide, r: CompareResult, minDerivedScore = 0): NewEdge | null {
  if (r.relation === 'unrelated') return null;
  const relation = r.relation !== 'related' && r.score < minDerivedScore ? 'related' : r.relation;
  const base = { relation, score: r.score, ...(r.style !== 'none' ? { style: r.style } : {}) };
  const forward = (basis: NewEdge['basis']): NewEdge => ({ ...base, from: a.key, to: b.key, coverage: { from: r.coverage.a, to: r.coverage.b }, direction: 'from->to', basis });
  const backward = (basis: NewEdge['basis']): NewEdge => ({ ...base, from: b.key, to: a.key, coverage: { from: r.coverage.b, to: r.coverage.a }, direction: 'from->to', basis });
  if (relation === 'related') {
    return { ...base, from: a.key, to: b.key, coverage: { from: r.coverage.a, to: r.coverage.b }, direction: 'unknown', basis: 'none' };
  }
  const ta = time(a.published);
  const tb = time(b.published);
  if (ta !== undefined && tb !== undefined && ta !== tb) return ta < tb ? forward('published') : backward('published');
  if (r.direction === 'a->b') return forward('compare');
  if (r.direction === 'b->a') return backward('compare');
  return { ...forward('none'), direction: 'unknown' };
}
