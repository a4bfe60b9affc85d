/**
 * @module
 * Finds date and time expressions in a token sequence and reads them into comparable parts:
 * absolute ("on Feb 24, 2022", "in February", "Saturday's", "in late 2021") or relative to the
 * publication ("last month", "over the last three weeks", "earlier this week", "two days ago").
 */
import type { Token } from '../text/types.js';

/** A date expression found in a side's tokens. */
export interface DateExpr {
  /** Token range [t0, t1), including a leading preposition or modifier. */
  t0: number;
  t1: number;
  kind: 'absolute' | 'relative';
  /** Leading preposition (in, on, by, since, ...), if any. */
  prep?: string;
  /** early / late / mid / earlier / later, if any. */
  part?: string;
  year?: number;
  /** 1..12 */
  month?: number;
  day?: number;
  /** 0 = monday .. 6 = sunday */
  weekday?: number;
  /** Every such weekday ("on Saturdays"), not one day. */
  recurring?: boolean;
  /** Time of day in minutes after midnight ("21:30", "9:30 p.m." and "21.30h" are all 1290). */
  minute?: number;
  /** Relative: past / future / current / recent / near. */
  dir?: string;
  /** Relative: how many units, when said ("three weeks"). */
  count?: number;
  /** Relative: day, week, month, year, weekend, summer, ... */
  unit?: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Prepositions that introduce a date; the value they give it is compared by {@link PREP_CLASS}. */
const PREPS = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'during', 'through', 'over', 'within', 'of', 'as']);
/** What a preposition does to a date: a point in time, a deadline, or a starting point. */
export const PREP_CLASS: Readonly<Record<string, string>> = {
  by: 'deadline', before: 'deadline', until: 'deadline', till: 'deadline', since: 'start', after: 'start',
};
/** Modifiers that narrow a date ("late 2021", "earlier this week", "late on Tuesday"). */
const PARTS = new Set(['early', 'late', 'mid', 'earlier', 'later']);
/** "the middle of", "the end of" ... + month or year. */
const PART_NOUNS: Readonly<Record<string, string>> = { middle: 'mid', end: 'late', beginning: 'early', start: 'early' };
/** Words that make the following unit relative to the publication date, with their direction. */
const REL_DIRS: Readonly<Record<string, string>> = {
  last: 'past', past: 'past', previous: 'past', next: 'future', coming: 'future', this: 'current', recent: 'recent',
};
const UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'weekend', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'quarter', 'century', 'morning', 'afternoon', 'evening', 'night', 'hour']);
/** Vague counts ("few weeks") that match any count. */
const VAGUE_COUNTS = new Set(['few', 'several', 'couple', 'many']);
const DEICTIC_DAYS: Readonly<Record<string, [string, number]>> = {
  yesterday: ['past', 1], today: ['current', 0], tonight: ['current', 0], tomorrow: ['future', 1],
};
/** "saturdays": every Saturday. */
const WEEKDAYS_PLURAL = WEEKDAYS.map((d) => `${d}s`);
/** Words a date expression can start with (anything else is skipped at once). */
const TRIGGERS = new Set([...MONTHS, ...WEEKDAYS, ...WEEKDAYS_PLURAL, ...PREPS, ...PARTS, ...Object.keys(REL_DIRS), ...Object.keys(DEICTIC_DAYS), 'the']);
/** Earliest and latest number read as a year. */
const YEAR_MIN = 1800;
const YEAR_MAX = 2100;

/**
 * Finds the date expressions in a token sequence.
 * @param tokens a side's tokens
 * @returns non-overlapping expressions in order
 */
export function findDates(tokens: readonly Token[]): DateExpr[] {
  const out: DateExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number' && !TRIGGERS.has(t.norm)) continue;
    const d = parseAt(tokens, i);
    if (d) { out.push(d); i = d.t1 - 1; }
  }
  return withRangeEnds(tokens, out);
}

/** Words joining the two days of a range ("the 14th to the 16th of August", "August 14-16"). */
const RANGE_JOINS = new Set(['to', '-', '\u2013', 'and', 'or', 'until', 'till', 'through']);

/**
 * The expressions plus the other day of each day range, which takes its month and year from the
 * dated end: "from the 14th to the 16th of August" is 14 and 16 August, as "from August 14 to 16" is.
 * Otherwise the bare day reads as a number, and two ways of writing one range as changed figures.
 */
function withRangeEnds(tk: readonly Token[], found: DateExpr[]): DateExpr[] {
  const taken = (k: number) => found.some((d) => k >= d.t0 && k < d.t1);
  const extra: DateExpr[] = [];
  const other = (k: number, d: DateExpr) => {
    const day = dayAt(tk, k);
    if (day === undefined || taken(k) || monthAt(tk, k + 1) >= 0 || (nm(tk, k + 1) === 'of' && monthAt(tk, k + 2) >= 0)) return;
    const e: DateExpr = { t0: k, t1: k + 1, kind: 'absolute', month: d.month!, day };
    if (d.year !== undefined) e.year = d.year;
    extra.push(e);
  };
  for (const d of found) {
    if (d.kind !== 'absolute' || d.day === undefined || d.month === undefined) continue;
    let j = d.t0 - 1;
    if (nm(tk, j) === 'the') j--;
    if (RANGE_JOINS.has(nm(tk, j))) { j--; if (nm(tk, j) === 'the') j--; other(j, d); }
    let k = d.t1;
    if (RANGE_JOINS.has(nm(tk, k))) { k++; if (nm(tk, k) === 'the') k++; other(k, d); }
  }
  return extra.length === 0 ? found : [...found, ...extra].sort((x, y) => x.t0 - y.t0);
}

function parseAt(tk: readonly Token[], i: number): DateExpr | undefined {
  let k = i;
  let part: string | undefined;
  let prep: string | undefined;
  if (PARTS.has(nm(tk, k)) && (PREPS.has(nm(tk, k + 1)) || nm(tk, k + 1) === 'this')) { part = nm(tk, k); k++; }
  if (PREPS.has(nm(tk, k))) { prep = nm(tk, k); k++; if (prep === 'as' && nm(tk, k) === 'of') k++; }
  const core = parseCore(tk, k);
  if (!core) return undefined;
  if (prep === 'as' && nm(tk, i + 1) !== 'of') return undefined;
  // core is a fresh object of this call: completed in place rather than copied
  const d = core as DateExpr;
  d.t0 = i;
  if (prep) d.prep = prep;
  if (part && !d.part) d.part = part;
  return d;
}

type Core = Omit<DateExpr, 't0'>;

function parseCore(tk: readonly Token[], k: number): Core | undefined {
  const w = nm(tk, k);
  const deictic = DEICTIC_DAYS[w];
  if (deictic) return { t1: k + 1, kind: 'relative', dir: deictic[0], count: deictic[1], unit: 'day' };
  let part: string | undefined;
  let j = k;
  if (PARTS.has(w)) { part = w; j++; if (nm(tk, j) === '-') j++; }
  else if (w === 'the' && PART_NOUNS[nm(tk, k + 1)] && nm(tk, k + 2) === 'of') { part = PART_NOUNS[nm(tk, k + 1)]; j = k + 3; }
  const time = j === k ? timeAt(tk, k) : undefined;
  if (time) return time;
  const abs = parseAbsolute(tk, j);
  if (abs) { if (part) abs.part = part; return abs; }
  const rel = parseRelative(tk, j);
  if (rel && part) rel.part = part;
  if (rel) return rel;
  if (part || !isNumber(tk[k])) return undefined;
  return parseAgo(tk, k);
}

function parseAbsolute(tk: readonly Token[], k: number): Core | undefined {
  const t = tk[k];
  if (!t) return undefined;
  const every = WEEKDAYS_PLURAL.indexOf(t.norm);
  if (every >= 0 && t.cap) return { t1: k + 1, kind: 'absolute', weekday: every, recurring: true };
  const wd = WEEKDAYS.indexOf(t.norm);
  if (wd >= 0 && t.cap) {
    const d: Core = { t1: k + 1, kind: 'absolute', weekday: wd };
    if (nm(tk, k + 1) === ',' && monthAt(tk, k + 2) >= 0) {
      const m = parseAbsolute(tk, k + 2);
      if (m) return { ...m, weekday: wd };
    }
    return d;
  }
  const mo = monthAt(tk, k);
  if (mo >= 0) {
    const d: Core = { t1: k + 1, kind: 'absolute', month: mo + 1 };
    let j = k + 1;
    if (nm(tk, j) === '.') j++;
    const day = dayAt(tk, j);
    if (day !== undefined) { d.day = day; j++; d.t1 = j; }
    const y = yearAt(tk, nm(tk, j) === ',' ? j + 1 : j);
    if (y !== undefined) { d.year = y; d.t1 = (nm(tk, j) === ',' ? j + 1 : j) + 1; }
    if (d.day === undefined && d.year === undefined && tk[k]!.norm === 'may' && !tk[k]!.cap) return undefined;
    return d;
  }
  const day = dayAt(tk, k);
  if (day !== undefined) {
    let j = k + 1;
    if (nm(tk, j) === 'of') j++;
    const m = monthAt(tk, j);
    if (m < 0) return undefined;
    const d: Core = { t1: j + 1, kind: 'absolute', month: m + 1, day };
    const y = yearAt(tk, j + 1);
    if (y !== undefined) { d.year = y; d.t1 = j + 2; }
    return d;
  }
  const y = yearAt(tk, k);
  if (y !== undefined) return { t1: k + 1, kind: 'absolute', year: y };
  return undefined;
}

/**
 * A time of day at token k: "21:30", "16:15h", "18h", "9:30 p.m.", "4.15 p.m.", "6pm". Hours and
 * minutes with a colon, or any hour with a.m./p.m. or an "h"; a bare number or "3.30" is no time.
 */
function timeAt(tk: readonly Token[], k: number): Core | undefined {
  const t = tk[k];
  if (!t || t.kind !== 'number' || t.value === undefined) return undefined;
  let h: number;
  let m = 0;
  let j = k + 1;
  let colon = false;
  const dotted = /^(\d{1,2})[.:](\d{2})$/.exec(t.text);
  if (dotted) { h = Number(dotted[1]); m = Number(dotted[2]); colon = t.text.includes(':'); }
  else if (/^\d{1,2}$/.test(t.text)) {
    h = t.value;
    const mm = tk[j + 1];
    if ((nm(tk, j) === ':' || nm(tk, j) === '.') && mm?.kind === 'number' && /^\d{2}$/.test(mm.text)) {
      colon = nm(tk, j) === ':';
      m = mm.value!;
      j += 2;
    }
  } else return undefined;
  const suffix = nm(tk, j);
  if (suffix === 'a.m.' || suffix === 'am' || suffix === 'p.m.' || suffix === 'pm') {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (suffix.startsWith('p') ? 12 : 0);
    j++;
  } else if (suffix === 'h' || suffix === 'hrs') j++;
  else if (!colon) return undefined;
  if (h > 24 || m > 59) return undefined;
  return { t1: j, kind: 'absolute', minute: (h % 24) * 60 + m };
}

function parseRelative(tk: readonly Token[], k: number): Core | undefined {
  let j = k;
  if (nm(tk, j) === 'the') j++;
  const dirWord = nm(tk, j);
  let dir = REL_DIRS[dirWord];
  if (!dir) {
    // "the weekend", "at the weekend"
    if (j > k && nm(tk, j) === 'weekend') return { t1: j + 1, kind: 'relative', dir: 'near', unit: 'weekend' };
    return undefined;
  }
  j++;
  let count: number | undefined;
  if (isNumber(tk[j])) { count = tk[j]!.value; j++; }
  else if (VAGUE_COUNTS.has(nm(tk, j))) { j++; if (nm(tk, j) === 'of') j++; }
  const unit = tk[j]?.lemma ?? '';
  if (!UNITS.has(unit)) return undefined;
  if (dirWord === 'this' && count !== undefined) return undefined;
  if (dir === 'recent') dir = 'past';
  const d: Core = { t1: j + 1, kind: 'relative', dir, unit };
  if (count !== undefined) d.count = count;
  else if (dirWord !== 'recent' && tk[j]!.norm === unit) d.count = 1;
  return d;
}

function parseAgo(tk: readonly Token[], k: number): Core | undefined {
  const unit = tk[k + 1]?.lemma ?? '';
  if (!UNITS.has(unit) || nm(tk, k + 2) !== 'ago') return undefined;
  const d: Core = { t1: k + 3, kind: 'relative', dir: 'past', unit };
  if (tk[k]!.value !== undefined) d.count = tk[k]!.value!;
  return d;
}

function nm(tk: readonly Token[], k: number): string {
  return tk[k]?.norm ?? '';
}

function isNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'number' && t.value !== undefined;
}

function monthAt(tk: readonly Token[], k: number): number {
  const t = tk[k];
  if (!t || t.kind !== 'word' || !t.cap) return -1;
  return MONTHS.indexOf(t.norm);
}

function dayAt(tk: readonly Token[], k: number): number | undefined {
  const t = tk[k];
  if (!t || t.kind !== 'number' || t.value === undefined || !/^\d{1,2}(st|nd|rd|th)?$/i.test(t.text)) return undefined;
  return t.value >= 1 && t.value <= 31 && Number.isInteger(t.value) ? t.value : undefined;
}

function yearAt(tk: readonly Token[], k: number): number | undefined {
  const t = tk[k];
  if (!t || t.kind !== 'number' || t.value === undefined || !/^\d{4}$/.test(t.text)) return undefined;
  if (t.value < YEAR_MIN || t.value > YEAR_MAX) return undefined;
  const next = tk[k + 1];
  // "2000 troops" is a count; "in 2022 could", "2022." and "2022 Ukraine" are years
  const prev = tk[k - 1];
  const introduced = prev !== undefined && (PREPS.has(prev.norm) || PARTS.has(prev.norm) || prev.norm === ',' || MONTHS.includes(prev.norm));
  if (!introduced && next && next.kind === 'word' && !next.cap) return undefined;
  return t.value;
}
