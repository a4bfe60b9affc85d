/**
 * @module
 * `number` changes: a figure with another value ("212 officers" -> "120 officers"), a bound
 * changed ("less than 200" -> "200"), the same value in another unit ("$5m" -> "5m euros"), a
 * figure dropped or added. Values are compared, never
 * spellings, so "three weeks" = "3 weeks" and "30-day" = "30 days"; dates are left to dates.ts.
 */
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';
import { measureOf, otherUnit } from './units.js';
import { figures, figureText, symbolOf, type Figure } from './figures.js';

/** Lengths of time units in days, so "six months" = "half a year". */
const DAYS_IN: ReadonlyMap<string, number> = new Map([['day', 1], ['week', 7], ['month', 30.44], ['year', 365.25], ['decade', 3652.5]]);
/** Relative tolerance when comparing durations in different units. */
const DURATION_TOLERANCE = 0.03;
/** Thousands grouped with dots (15.000) or with commas (15,000). */
const DOT_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(,\d{3})+$/;
/** Tokens of slack when pairing a figure with its counterpart through the diff. */
const PAIR_SLACK = 2;
/**
 * Compares the figures of a linked pair.
 * @param p the pair
 * @param skipA token indices of side a that belong to dates (not figures)
 * @param skipB likewise for side b
 */
export function detectNumbers(p: Pair, skipA: ReadonlySet<number>, skipB: ReadonlySet<number>): Change[] {
  const fa = figures(p.a, skipA);
  const fb = figures(p.b, skipB);
  if (fa.length === 0 && fb.length === 0) return [];
  const out: Change[] = [];
  const used = new Set<Figure>();
  const pairs: Array<[Figure, Figure]> = [];
  const take = (x: Figure, pick: (y: Figure) => boolean): boolean => {
    const y = fb.find((f) => !used.has(f) && pick(f));
    if (!y) return false;
    used.add(y); pairs.push([x, y]);
    return true;
  };
  const restA: Figure[] = [];
  for (const x of fa) {
    if (!take(x, (y) => y.value === x.value && y.unit === x.unit) && !take(x, (y) => sameDuration(x, y))
      && !take(x, (y) => y.value === x.value) && !take(x, (y) => otherSeparators(p.a.tokens[x.at]!.text, p.b.tokens[y.at]!.text))) restA.push(x);
  }
  for (const [x, y] of pairs) {
    for (const c of [unitChange(p, x, y), levelChange(p, x, y)]) if (c) out.push(c);
    if (x.qual === y.qual || x.qual === 'approx' || y.qual === 'approx') continue;
    out.push(change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
      `number qualifier changed: "${tokenText(p.a, x.t0, x.t1)}" → "${tokenText(p.b, y.t0, y.t1)}"`, 'minor'));
  }
  out.push(...swappedTallies(p, fa, fb));
  const dropped: Figure[] = [];
  // a figure of b whose value a has too repeats it ("six" ... "Six"): it is no new value of another
  // figure, unless the two count the same thing ("40 projects" -> "12 projects")
  const valuesA = new Set(mapped(fa, (f) => f.value));
  for (const x of restA) {
    const { b0, b1 } = counterpart(p.diff, x.at, x.at + 1);
    const near = (y: Figure) => y.at < b1 + PAIR_SLACK && y.at >= b0 - PAIR_SLACK && !valuesA.has(y.value);
    const before = pairs.length;
    if (take(x, (y) => x.unit !== '' && y.unit === x.unit) || take(x, near)) {
      const y = pairs[before]![1];
      out.push(change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
        `number changed: ${figureText(p.a, x)} → ${figureText(p.b, y)}${unitNote(x)}`, 'major'));
    } else dropped.push(x);
  }
  const added = fb.filter((y) => !used.has(y));
  if (dropped.length === 1 && added.length === 1 && (!valuesA.has(added[0]!.value) || added[0]!.unit === dropped[0]!.unit)) {
    const x = dropped[0]!;
    const y = added[0]!;
    return [...out, change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
      `number changed: ${figureText(p.a, x)} → ${figureText(p.b, y)}${unitNote(x)}`, 'major')];
  }
  for (const x of dropped) {
    const { b0, b1 } = counterpart(p.diff, x.t0, x.t1);
    out.push(change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, b0, b1), `number dropped: ${tokenText(p.a, x.t0, x.t1)}`, 'minor'));
  }
  for (const y of added) {
    const { a0, a1 } = counterpartA(p.diff, y.t0, y.t1);
    out.push(change('number', tokenSpan(p.a, a0, a1), tokenSpan(p.b, y.t0, y.t1), `number added: ${tokenText(p.b, y.t0, y.t1)}`, 'minor'));
  }
  return out;
}

function unitNote(f: Figure): string {
  return f.unit && f.unit !== 'percent' ? ` (${f.unitText})` : '';
}

/** A `number` change when a figure kept its value but counts in another unit ("$5 million" -> "5 million euros"). */
function unitChange(p: Pair, x: Figure, y: Figure): Change | undefined {
  const mx = measureOf(symbolOf(p.a, x), x.unit);
  const my = measureOf(symbolOf(p.b, y), y.unit);
  if (!otherUnit(mx, my) || sameDuration(x, y)) return undefined;
  return change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
    `unit changed: "${tokenText(p.a, x.t0, x.t1)}" → "${tokenText(p.b, y.t0, y.t1)}" (${mx!.unit} → ${my!.unit})`, 'major');
}

/** A `number` change when a change by an amount became a change to a level ("cut the risk by 30%" -> "to 30%"). */
function levelChange(p: Pair, x: Figure, y: Figure): Change | undefined {
  const bx = p.a.tokens[x.t0 - 1]?.norm;
  const by = p.b.tokens[y.t0 - 1]?.norm;
  if (x.value !== y.value || !((bx === 'by' && by === 'to') || (bx === 'to' && by === 'by'))) return undefined;
  return change('number', tokenSpan(p.a, x.t0 - 1, x.t1), tokenSpan(p.b, y.t0 - 1, y.t1),
    `amount and level confused: "${tokenText(p.a, x.t0 - 1, x.t1)}" → "${tokenText(p.b, y.t0 - 1, y.t1)}"`, 'major');
}

/**
 * Whether two figures are one number grouped by the other convention: "15.000" (German, French, ...)
 * is 15,000, which a translation may carry over as written or convert.
 */
function otherSeparators(x: string, y: string): boolean {
  return (DOT_GROUPED.test(x) && COMMA_GROUPED.test(y) && x.replaceAll('.', '') === y.replaceAll(',', ''))
    || (COMMA_GROUPED.test(x) && DOT_GROUPED.test(y) && x.replaceAll(',', '') === y.replaceAll('.', ''));
}

/** Whether two figures give the same length of time in different units (six months / half a year). */
function sameDuration(x: Figure, y: Figure): boolean {
  const dx = DAYS_IN.get(x.unit);
  const dy = DAYS_IN.get(y.unit);
  if (dx === undefined || dy === undefined || x.unit === y.unit) return false;
  const a = x.value * dx;
  const b = y.value * dy;
  return Math.abs(a - b) <= DURATION_TOLERANCE * Math.max(a, b);
}

/** Joins of a tally or score ("52-48", "3 to 1"). */
const TALLY_JOINS = new Set(['-', '\u2013', 'to']);

/** A tally's two figures: a number, a join, a number ("52-48"). */
function tallies(side: Side, fs: readonly Figure[]): Array<[Figure, Figure]> {
  const out: Array<[Figure, Figure]> = [];
  for (let k = 0; k + 1 < fs.length; k++) {
    const x = fs[k]!;
    const y = fs[k + 1]!;
    if (y.at === x.at + 2 && TALLY_JOINS.has(side.tokens[x.at + 1]!.text) && x.value !== y.value) out.push([x, y]);
  }
  return out;
}

/** A tally whose two figures the other side gives the other way round ("passed 52-48" -> "passed 48-52"). */
function swappedTallies(p: Pair, fa: readonly Figure[], fb: readonly Figure[]): Change[] {
  const inB = tallies(p.b, fb);
  const out: Change[] = [];
  for (const [x1, x2] of tallies(p.a, fa)) {
    const { b0, b1 } = counterpart(p.diff, x1.t0, x2.t1);
    const y = inB.find(([y1, y2]) => y1.value === x2.value && y2.value === x1.value && y1.t0 < b1 + PAIR_SLACK && y2.t1 > b0 - PAIR_SLACK);
    if (!y) continue;
    // the two numbers and their join, without the unit read after the second ("52-48 early")
    const [endA, endB] = [x2.at + 1, y[1].at + 1];
    out.push(change('number', tokenSpan(p.a, x1.t0, endA), tokenSpan(p.b, y[0].t0, endB),
      `figures swapped: ${tokenText(p.a, x1.t0, endA)} → ${tokenText(p.b, y[0].t0, endB)}`, 'major'));
  }
  return out;
}
