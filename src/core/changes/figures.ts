/**
 * @module
 * The figures of a side of a linked pair, as numbers.ts compares them: each number with the
 * qualifier before it ("more than 200"), the symbol ("$5m") and the unit noun after it ("212 new
 * police officers" -> police), and fractions written as words ("a quarter of a point").
 */
import type { Token } from '../text/types.js';
import { isAdjectiveOnly } from './lexical.js';
import type { Side } from './pair.js';

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
/** Words after a figure searched for its unit noun. */
const UNIT_LOOKAHEAD = 3;
/** Longest unit abbreviation that may be followed by a second one ("sq km"). */
const SHORT_UNIT = 3;

/** A figure in a side's tokens. */
export interface Figure {
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

/** The symbol written right before a figure's number ("$" of "$5m"), or ''. */
export function symbolOf(side: Side, f: Figure): string {
  const prev = side.tokens[f.at - 1];
  return prev && PREFIX_SYMBOLS.has(prev.text) && prev.end === side.tokens[f.at]!.start ? prev.text : '';
}

export function figureText(side: Side, f: Figure): string {
  const pct = f.unit === 'percent' ? (f.unitText === '%' ? '%' : ' percent') : '';
  return `${symbolOf(side, f)}${side.tokens[f.at]!.text}${pct}`;
}

/** The figures of a side, each with its unit and qualifier. */
export function figures(side: Side, skip: ReadonlySet<number>): Figure[] {
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
