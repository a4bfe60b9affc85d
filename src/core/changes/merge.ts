/**
 * @module
 * Keeping one report per fact: when detectors see the same edit from different angles, the most
 * specific change stays (a changed quote already shows the hedge inside it; an attribution change
 * already shows the name in it; a dropped clause already shows the date it carried).
 */
import type { Change, Span } from '../types.js';

/** Share of a clause change that specific changes must cover to make the clause change redundant. */
const CLAUSE_COVER = 0.5;

function inside(x: Span | undefined, y: Span | undefined): boolean {
  return x !== undefined && y !== undefined && x.start >= y.start && x.end <= y.end;
}

function overlap(x: Span | undefined, y: Span | undefined): number {
  if (!x || !y) return 0;
  return Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
}

const isOpposite = (c: Change) => c.type === 'negation' && c.detail.startsWith('opposite word:');
const isClause = (c: Change) => (c.type === 'omission' && !c.b) || (c.type === 'addition' && !c.a);
/** A change reporting one small fact dropped or added ("date dropped: ..."), by its detail line. */
const isDropOrAdd = (c: Change) => /^(entity|date|number|hedge|attribution) (dropped|added):/.test(c.detail);

/**
 * Removes changes another change of the same pair already reports.
 * @param changes the changes found for one aligned pair
 * @returns the changes to report
 */
export function suppressOverlaps(changes: readonly Change[]): Change[] {
  // one change has nothing to overlap with (a clause change is never a drop or add of its own)
  if (changes.length < 2) return changes.slice();
  const quotes = changes.filter((c) => c.type === 'quote' && /^quote (altered|cut|extended):/.test(c.detail));
  const attributions = changes.filter((c) => c.type === 'attribution');
  const speakers = changes.filter((c) => c.type === 'quote' && c.detail.startsWith('quote attributed'));
  const opposites = changes.filter(isOpposite);
  const clauses = changes.filter(isClause);
  const specific = changes.filter((c) => !isClause(c));
  const keep = (c: Change): boolean => {
    if ((c.type === 'entity' || c.type === 'date' || c.detail.startsWith('tense'))
      && quotes.some((q) => (inside(c.a, q.a) || !c.a) && (inside(c.b, q.b) || !c.b))) return false;
    if (c.type === 'entity' && attributions.some((s) => inside(c.a, s.a) || inside(c.b, s.b))) return false;
    // a quote given to another speaker already says the attribution changed
    if (c.type === 'attribution' && speakers.some((q) => overlap(c.a, q.a) > 0 || overlap(c.b, q.b) > 0)) return false;
    if (c.type === 'entity' && speakers.some((q) => overlap(c.a, q.a) > 0 || overlap(c.b, q.b) > 0)) return false;
    // a negative word counted away ("rejected" / "accepted") is the opposite word already reported
    if (c.type === 'negation' && !isOpposite(c) && opposites.some((o) => overlap(c.a, o.a) > 0 && overlap(c.b, o.b) > 0)) return false;
    if (isDropOrAdd(c) && c.type !== 'attribution'
      && clauses.some((k) => (k.a && inside(c.a, k.a) && /dropped/.test(c.detail)) || (k.b && inside(c.b, k.b) && /added/.test(c.detail)))) return false;
    if (isClause(c)) {
      const s = c.a ?? c.b!;
      const side = c.a ? 'a' : 'b';
      const covered = specific.filter((o) => !isDropOrAdd(o) || o.type === 'attribution').reduce((n, o) => n + overlap(o[side], s), 0);
      if (covered >= CLAUSE_COVER * (s.end - s.start)) return false;
    }
    return true;
  };
  const out: Change[] = [];
  const seen = new Set<string>();
  for (const c of changes) {
    if (!keep(c)) continue;
    const key = `${c.type}|${c.a?.start}-${c.a?.end}|${c.b?.start}-${c.b?.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}
