/**
 * @module
 * `number` changes: a figure with another value ("212 officers" -> "120 officers"), a bound
 * changed ("less than 200" -> "200"), the same value in another unit ("$5m" -> "5m euros"), a
 * figure dropped or added. Values are compared, never
 * spellings, so "three weeks" = "3 weeks" and "30-day" = "30 days"; dates are left to dates.ts.
 */
import type { Token } from '../text/types.js';
import type { Change } from '../types.js';
import { counterpart, counterpartA } from './diff.js';
import { isAdjectiveOnly } from './lexical.js';
import { change, tokenSpan, tokenText, type Pair, type Side } from './pair.js';
import { mapped } from '../arrays.js';
import { measureOf, otherUnit } from './units.js';

/** Currency and other symbols written before a figure. */
const PREFIX_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₽', '#']);
/** Qualifiers before a figure and what they do to it. */
const QUALIFIERS: Readonly<Record<string, 'approx' | 'upper' | 'lower'>> = {
  about: 'approx', around: 'approx', roughly: 'approx', approximately: 'approx', some: 'approx', estimated: 'approx',
  nearly: 'upper', almost: 'upper', under: 'upper', below: 'upper', 'less than': 'upper', 'fewer than': 'upper',
  'at most': 'upper', 'up to': 'upper', 'no more than': 'upper',
  over: 'lower', above: 'lower', 'more than': 'lower', 'at least': 'lower', 'as many as': 'lower', 'upwards of': 'lower',
};
/** Last words of the qualifiers ("than" for "more than"). */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set(Object.keys(QUALIFIERS).map((k) => k.slice(k.lastIndexOf(' ') + 1)));
/** Fractions written as words ("a quarter of a point", "half a year", "two and a half"). */
const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 0.5], ['quarter', 0.25]]);
/** Words before a fraction that make it a quantity ("a quarter", "one half"). */
const ARTICLES = new Set(['a', 'an', 'one']);
/** Words between a fraction and its unit ("a quarter of a point"). */
const FRACTION_GLUE = new Set(['of', 'a', 'an']);
/** Lengths of time units in days, so "six months" = "half a year". */
const DAYS_IN: ReadonlyMap<string, number> = new Map([['day', 1], ['week', 7], ['month', 30.44], ['year', 365.25], ['decade', 3652.5]]);
/** Relative tolerance when comparing durations in different units. */
const DURATION_TOLERANCE = 0.03;
/** Thousands grouped with dots (15.000) or with commas (15,000). */
const DOT_GROUPED = /^\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPED = /^\d{1,3}(,\d{3})+$/;
/** Tokens of slack when pairing a figure with its counterpart through the diff. */
const PAIR_SLACK = 2;
/** Words after a figure searched for its unit noun. */
const UNIT_LOOKAHEAD = 3;
/** Longest unit abbreviation that may be followed by a second one ("sq km"). */
const SHORT_UNIT = 3;

/** A figure in a side's tokens. */
interface Figure {
  /** Token range [t0, t1) of qualifier, symbol, number and unit. */
  t0: number;
  t1: number;
  /** The number token. */
  at: number;
  value: number;
  /** Lemma of the unit word ("day", "percent", "km"), or ''. */
  unit: string;
  /** The unit as written, for the detail line. */
  unitText: string;
  qual: 'approx' | 'upper' | 'lower' | 'exact';
}

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
    const unit = unitChange(p, x, y);
    if (unit) out.push(unit);
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

/** The symbol written right before a figure's number ("$" of "$5m"), or ''. */
function symbolOf(side: Side, f: Figure): string {
  const prev = side.tokens[f.at - 1];
  return prev && PREFIX_SYMBOLS.has(prev.text) && prev.end === side.tokens[f.at]!.start ? prev.text : '';
}

function figureText(side: Side, f: Figure): string {
  const pct = f.unit === 'percent' ? (f.unitText === '%' ? '%' : ' percent') : '';
  return `${symbolOf(side, f)}${side.tokens[f.at]!.text}${pct}`;
}

/** A `number` change when a figure kept its value but counts in another unit ("$5 million" -> "5 million euros"). */
function unitChange(p: Pair, x: Figure, y: Figure): Change | undefined {
  const mx = measureOf(symbolOf(p.a, x), x.unit);
  const my = measureOf(symbolOf(p.b, y), y.unit);
  if (!otherUnit(mx, my) || sameDuration(x, y)) return undefined;
  return change('number', tokenSpan(p.a, x.t0, x.t1), tokenSpan(p.b, y.t0, y.t1),
    `unit changed: "${tokenText(p.a, x.t0, x.t1)}" → "${tokenText(p.b, y.t0, y.t1)}" (${mx!.unit} → ${my!.unit})`, 'major');
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
    out.push(change('number', tokenSpan(p.a, x1.t0, x2.t1), tokenSpan(p.b, y[0].t0, y[1].t1),
      `figures swapped: ${tokenText(p.a, x1.t0, x2.t1)} → ${tokenText(p.b, y[0].t0, y[1].t1)}`, 'major'));
  }
  return out;
}

/** The figures of a side, each with its unit and qualifier. */
function figures(side: Side, skip: ReadonlySet<number>): Figure[] {
  const out: Figure[] = [];
  const t = side.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (skip.has(i)) continue;
    let value = tok.kind === 'number' ? tok.value : undefined;
    let at = i;
    let t0 = i;
    let unitFrom = i;
    const frac = tok.kind === 'word' ? FRACTIONS.get(tok.norm) : undefined;
    if (frac !== undefined && ARTICLES.has(t[i - 1]?.norm ?? '')) {
      // "a quarter", "half a", "two and a half"
      value = frac; t0 = i - 1; at = i;
      const whole = t[i - 3];
      if (t[i - 2]?.norm === 'and' && whole?.kind === 'number' && whole.value !== undefined) { value += whole.value; t0 = i - 3; out.pop(); }
      while (FRACTION_GLUE.has(t[unitFrom + 1]?.norm ?? '')) unitFrom++;
    } else if (frac !== undefined && ARTICLES.has(t[i + 1]?.norm ?? '')) {
      value = frac; unitFrom = i + 1;
    }
    if (value === undefined) continue;
    if (t0 === i && t[i - 1] && PREFIX_SYMBOLS.has(t[i - 1]!.text)) t0 = i - 1;
    let qual: Figure['qual'] = 'exact';
    const one = t[t0 - 1]?.norm ?? '';
    // a two- or three-word qualifier ends in `one`; only then are the longer keys worth building
    if (QUALIFIER_ENDS.has(one)) {
      const two = `${t[t0 - 2]?.norm ?? ''} ${one}`;
      const three = `${t[t0 - 3]?.norm ?? ''} ${two}`;
      if (QUALIFIERS[three]) { qual = QUALIFIERS[three]; t0 -= 3; }
      else if (QUALIFIERS[two]) { qual = QUALIFIERS[two]; t0 -= 2; }
      else if (QUALIFIERS[one]) { qual = QUALIFIERS[one]; t0 -= 1; }
    } else if (QUALIFIERS[one]) { qual = QUALIFIERS[one]; t0 -= 1; }
    const { unit, unitText, end } = unitAfter(t, unitFrom);
    out.push({ t0, t1: Math.max(end, at + 1), at, value, unit, unitText, qual });
  }
  return out;
}

function unitAfter(t: readonly Token[], i: number): { unit: string; unitText: string; end: number } {
  let j = i + 1;
  const next = t[j];
  if (!next) return { unit: '', unitText: '', end: j };
  if (next.norm === 'and' && t[j + 1]?.norm === 'a' && FRACTIONS.has(t[j + 2]?.norm ?? '')) return { unit: '', unitText: '', end: i + 1 };
  if (next.norm === 'percent') return { unit: 'percent', unitText: next.text, end: j + 1 };
  if (next.text === '-' && next.start === t[i]!.end && t[j + 1]?.kind === 'word') j++;
  // the unit is the first noun among the next few words ("212 new police officers" -> police)
  const first = j;
  while (j < first + UNIT_LOOKAHEAD && t[j]?.kind === 'word' && !t[j]!.stop && (isAdjectiveOnly(t[j]!.lemma) || /(ing|ed)$/.test(t[j]!.norm)) && t[j + 1]?.kind === 'word' && !t[j + 1]!.stop) j++;
  const w = t[j];
  if (!w || w.kind !== 'word' || w.stop) return { unit: '', unitText: '', end: i + 1 };
  let end = j + 1;
  let unitText = w.text;
  const second = t[j + 1];
  if ((w.text.length <= SHORT_UNIT && second?.kind === 'word' && second.text.length <= SHORT_UNIT && !second.stop)
    || (w.lemma === 'percentage' && second?.lemma === 'point')) {
    end = j + 2;
    unitText = `${w.text} ${second.text}`;
  }
  return { unit: w.lemma, unitText, end };
}
