/**
 * @module
 * `date` changes: a date moved (Tuesday -> Wednesday, 2021 -> 2022), an absolute date turned
 * relative ("in February" -> "last month", which silently re-dates the claim by the copy's own
 * publication date), a deadline put on a point in time ("in 2022" -> "by 2022"), a date made less
 * specific, dropped or added.
 */
import type { Change } from '../types.js';
import { PREP_CLASS, type DateExpr } from './date-parse.js';
import { counterpart, counterpartA } from './diff.js';
import { change, tokenSpan, tokenText, type Pair } from './pair.js';

/** Tokens of slack around a date's counterpart when pairing it with a date on the other side. */
const PAIR_SLACK = 3;
/** Largest difference in relative position (0..1 through the sentence) for pairing leftover dates. */
const POSITION_PAIR_MAX = 0.35;
/** At most this many leftover dates per side are paired by order when nothing else pairs them. */
const ORDER_PAIR_MAX = 2;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** How two date expressions relate. */
type Relation = 'same' | 'qualifier' | 'reversed' | 'recurring' | 'less-specific' | 'more-specific' | 'moved' | 'shifted' | 'abs-rel' | 'rel-abs';

/**
 * Compares the dates of a linked pair.
 * @param p the pair
 * @param da date expressions of side a (from `findDates`)
 * @param db date expressions of side b
 */
export function detectDates(p: Pair, da: readonly DateExpr[], db: readonly DateExpr[]): Change[] {
  if (da.length === 0 && db.length === 0) return [];
  const out: Change[] = [];
  const usedA = new Set<DateExpr>();
  const usedB = new Set<DateExpr>();
  const report = (x: DateExpr, y: DateExpr) => {
    usedA.add(x); usedB.add(y);
    const c = describe(p, x, y);
    if (c) out.push(c);
  };
  // same value first (with or without a different preposition)
  for (const x of da) {
    const y = db.find((d) => !usedB.has(d) && valueRelation(x, d) === 'same');
    if (y) report(x, y);
  }
  // then by position through the diff
  for (const x of da) {
    if (usedA.has(x)) continue;
    const { b0, b1 } = counterpart(p.diff, x.t0, x.t1);
    const y = db.find((d) => !usedB.has(d) && d.t0 < b1 + PAIR_SLACK && d.t1 > b0 - PAIR_SLACK);
    if (y) report(x, y);
  }
  const restA = da.filter((d) => !usedA.has(d));
  const restB = db.filter((d) => !usedB.has(d));
  if (restA.length === restB.length && restA.length <= ORDER_PAIR_MAX) {
    restA.forEach((x, k) => report(x, restB[k]!));
  } else {
    // uneven leftovers: pair each date of the shorter list with the one at the closest relative position
    const rel = (d: DateExpr, n: number) => d.t0 / Math.max(1, n);
    const [few, many, flip] = restA.length < restB.length ? [restA, restB, false] : [restB, restA, true];
    const nf = flip ? p.b.tokens.length : p.a.tokens.length;
    const nm = flip ? p.a.tokens.length : p.b.tokens.length;
    for (const x of few) {
      let best: DateExpr | undefined;
      let gap = POSITION_PAIR_MAX;
      for (const y of many) {
        if ((flip ? usedA : usedB).has(y)) continue;
        const g = Math.abs(rel(x, nf) - rel(y, nm));
        if (g < gap) { gap = g; best = y; }
      }
      if (best) { if (flip) report(best, x); else report(x, best); }
    }
  }
  for (const x of da) {
    if (usedA.has(x)) continue;
    const { b0, b1 } = counterpart(p.diff, x.t0, x.t1);
    out.push(change('date', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, b0, b1), `date dropped: "${tokenText(p.a, x.t0, x.t1)}"`, 'minor'));
  }
  for (const y of db) {
    if (usedB.has(y)) continue;
    const { a0, a1 } = counterpartA(p.diff, y.t0, y.t1);
    out.push(change('date', tokenSpan(p.a, a0, a1), tokenSpan(p.b, y.t0, y.t1), `date added: "${tokenText(p.b, y.t0, y.t1)}"`, 'minor'));
  }
  return out;
}

function describe(p: Pair, x: DateExpr, y: DateExpr): Change | undefined {
  const rel = relation(x, y);
  if (rel === 'same') return undefined;
  const ta = tokenText(p.a, x.t0, x.t1);
  const tb = tokenText(p.b, y.t0, y.t1);
  const spanA = tokenSpan(p.a, x.t0, x.t1);
  const spanB = tokenSpan(p.b, y.t0, y.t1);
  const pairText = `"${ta}" → "${tb}"`;
  switch (rel) {
    case 'abs-rel': return change('date', spanA, spanB, `date made relative to publication: ${pairText}`, 'minor');
    case 'rel-abs': return change('date', spanA, spanB, `relative date made absolute: ${pairText}`, 'minor');
    case 'qualifier': return change('date', spanA, spanB, `date qualifier changed: ${pairText}`, 'minor');
    case 'reversed': return change('date', spanA, spanB, `date bound reversed: ${pairText}`, 'major');
    case 'recurring': return change('date', spanA, spanB, `${x.recurring ? 'recurring day made a single day' : 'single day made recurring'}: ${pairText}`, 'minor');
    case 'less-specific': return change('date', spanA, spanB, `date made less specific: ${pairText}`, 'minor');
    case 'more-specific': return change('date', spanA, spanB, `date made more specific: ${pairText}`, 'minor');
    case 'shifted': return change('date', spanA, spanB, `date changed: ${pairText}`, 'minor');
    default: return change('date', spanA, spanB, `date changed: ${pairText}${yearNote(x, y)}`, 'major');
  }
}

function yearNote(x: DateExpr, y: DateExpr): string {
  if (x.year !== undefined && y.year !== undefined && x.year !== y.year) return ` (year ${x.year} → ${y.year})`;
  if (x.weekday !== undefined && y.weekday !== undefined && x.weekday !== y.weekday) {
    return ` (${WEEKDAY_NAMES[x.weekday]} → ${WEEKDAY_NAMES[y.weekday]})`;
  }
  return '';
}

/** Relation including prepositions: same value under a deadline/start/point preposition differs. */
function relation(x: DateExpr, y: DateExpr): Relation {
  const v = valueRelation(x, y);
  if (v === 'moved') return withinBound(x, y) ?? v;
  if (v !== 'same') return v;
  if (Boolean(x.recurring) !== Boolean(y.recurring)) return 'recurring';
  const cx = prepClass(x);
  const cy = prepClass(y);
  if (cx === cy) return 'same';
  // "before the weekend" / "after the weekend": one bound turned into the other
  return (cx === 'deadline' && cy === 'start') || (cx === 'start' && cy === 'deadline') ? 'reversed' : 'qualifier';
}

/** The fields of an absolute date, most significant first, for ordering two of them. */
const ORDER_FIELDS = ['year', 'month', 'day', 'minute'] as const;

/**
 * A point that keeps within the other side's bound: "before 7 a.m." / "at 6:47 a.m." (more specific),
 * "at 6:47 a.m." / "before 7 a.m." (less specific). Undefined when neither is a bound the other
 * keeps, or the two are not given in the same fields.
 */
function withinBound(x: DateExpr, y: DateExpr): Relation | undefined {
  if (x.kind !== 'absolute' || y.kind !== 'absolute' || x.weekday !== undefined || y.weekday !== undefined) return undefined;
  if (ORDER_FIELDS.some((f) => (x[f] === undefined) !== (y[f] === undefined))) return undefined;
  let order = 0;
  for (const f of ORDER_FIELDS) if (order === 0 && x[f] !== undefined) order = Math.sign(x[f]! - y[f]!);
  const cx = prepClass(x);
  const cy = prepClass(y);
  if (cy === 'point' && ((cx === 'deadline' && order > 0) || (cx === 'start' && order < 0))) return 'more-specific';
  if (cx === 'point' && ((cy === 'deadline' && order < 0) || (cy === 'start' && order > 0))) return 'less-specific';
  return undefined;
}

/** early / late / mid, with "earlier" and "later" read as "early" and "late". */
function partOf(d: DateExpr): string {
  return d.part === 'earlier' ? 'early' : d.part === 'later' ? 'late' : d.part ?? '';
}

function prepClass(d: DateExpr): string {
  return (d.prep && PREP_CLASS[d.prep]) ?? 'point';
}

/** Relation of the values alone. */
function valueRelation(x: DateExpr, y: DateExpr): Relation {
  if (x.kind !== y.kind) return x.kind === 'absolute' ? 'abs-rel' : 'rel-abs';
  if (x.kind === 'relative') {
    if (x.unit !== y.unit) return 'moved';
    if (x.count !== undefined && y.count !== undefined && x.count !== y.count) return 'moved';
    if (x.dir !== y.dir || partOf(x) !== partOf(y)) return 'shifted';
    return 'same';
  }
  const fields = ['year', 'month', 'day', 'weekday', 'minute'] as const;
  let common = 0;
  let onlyX = 0;
  let onlyY = 0;
  for (const f of fields) {
    const vx = x[f];
    const vy = y[f];
    if (vx !== undefined && vy !== undefined) {
      if (vx !== vy) return 'moved';
      common++;
    } else if (vx !== undefined) onlyX++;
    else if (vy !== undefined) onlyY++;
  }
  if (common === 0) return 'moved';
  const partX = partOf(x);
  const partY = partOf(y);
  if (partX && partY && partX !== partY) return 'moved';
  // a day is more specific than "mid-January"; "mid-January" more than "January"
  const specX = onlyX * 2 + (partX && !partY ? 1 : 0);
  const specY = onlyY * 2 + (partY && !partX ? 1 : 0);
  if (specX > specY) return 'less-specific';
  if (specY > specX) return 'more-specific';
  return 'same';
}
