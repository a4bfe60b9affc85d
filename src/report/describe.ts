/**
 * @module
 * Words shared by the text, markdown and html reports: the verdict sentence, number formats,
 * excerpts, and the order in which change types and severities are shown.
 */
import type { Change, ChangeType, CompareResult, Severity, Span } from '../core/types.js';

/** The texts a result's offsets point into. */
export interface ReportTexts {
  a: string;
  b: string;
}

/** Change types in the order reports list them: meaning-changing edits first. */
export const CHANGE_TYPE_ORDER: readonly ChangeType[] = [
  'negation', 'number', 'date', 'entity', 'quote', 'attribution', 'hedge', 'omission', 'addition',
];

/** Severities, most serious first. */
export const SEVERITY_ORDER: readonly Severity[] = ['major', 'minor', 'info'];

/** What each change type means, for legends. */
export const CHANGE_TYPE_LABEL: Record<ChangeType, string> = {
  negation: 'negation flipped',
  number: 'number changed',
  date: 'date changed',
  entity: 'name changed',
  quote: 'quote altered',
  attribution: 'attribution changed',
  hedge: 'certainty changed',
  omission: 'left out',
  addition: 'added',
};

/** The texts for a result: given ones, else those carried in the result (`--with-text`), else ''. */
export function textsOf(result: CompareResult, texts?: Partial<ReportTexts>): ReportTexts {
  return { a: texts?.a ?? result.a.text ?? '', b: texts?.b ?? result.b.text ?? '' };
}

/** The verdict as one sentence, e.g. "b is derived from a". */
export function verdictSentence(result: CompareResult): string {
  const a = result.a.name || 'a';
  const b = result.b.name || 'b';
  const [src, dst] = result.direction === 'b->a' ? [b, a] : [a, b];
  const known = result.direction !== 'unknown';
  switch (result.relation) {
    case 'duplicate':
      return known ? `${dst} is a duplicate of ${src}` : `${a} and ${b} are duplicates`;
    case 'derived':
      return known ? `${dst} is derived from ${src}` : `one of ${a} and ${b} is derived from the other`;
    case 'partially-derived':
      return known ? `${dst} is partly drawn from ${src}` : `${a} and ${b} share passages; one draws partly on the other`;
    case 'related':
      return `${a} and ${b} tell the same story, written independently`;
    default:
      return `${a} and ${b} are unrelated`;
  }
}

/** 0.6423 -> "64%". */
export function percent(x: number): string {
  return `${Math.round((Number.isFinite(x) ? x : 0) * 100)}%`;
}

/** 0.873 -> "0.87". */
export function score2(x: number): string {
  return (Number.isFinite(x) ? x : 0).toFixed(2);
}

/** 12345 -> "12,345". Whole numbers are grouped by hand: the first toLocaleString call loads locale
 * data, which costs a CLI run more time than the rest of its report. */
export function count(n: number): string {
  if (Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return n.toLocaleString('en-US');
}

/**
 * The text of `span` in `text`, whitespace collapsed, cut to `max` characters with an ellipsis in
 * the middle so both ends of a long passage stay visible.
 */
export function excerpt(text: string, span: Span | undefined, max = 120): string {
  if (!span) return '';
  const raw = text.slice(Math.max(0, span.start), Math.max(0, span.end));
  return shorten(raw, max);
}

/** Collapses whitespace and cuts `s` to `max` characters (ellipsis in the middle). */
export function shorten(s: string, max = 120): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = Math.ceil((max - 1) * 0.6);
  const tail = max - 1 - head;
  return `${flat.slice(0, head).trimEnd()}…${flat.slice(flat.length - tail).trimStart()}`;
}

/** Words of context shown on each side of a place (a span that only marks where the other side's words would be). */
const PLACE_WORDS = 3;

/**
 * What a report quotes for one side of a change: the span's text, shortened to `max`. A place
 * ({@link placeSide}) is often one short word ("near 'the'"), which tells a reader nothing, so it is
 * widened by a few words of context on each side, within its line, with an ellipsis where cut.
 * @param change a change
 * @param side which side to quote
 * @param text that side's full text ('' when the report has no texts: the span's own text is used)
 * @returns '' when the change has no span on that side
 */
export function sideQuote(change: Change, side: 'a' | 'b', text: string, max = 120): string {
  const span = change[side];
  if (!span) return '';
  if (placeSide(change) !== side || !text) return span.text !== undefined ? shorten(span.text, max) : excerpt(text, span, max);
  return shorten(withContext(text, span.start, span.end), max);
}

/** Characters looked at on each side of a place for its context words. */
const CONTEXT_CHARS = 200;

/** text[start, end) with a few words before and after it, not crossing a line break. */
function withContext(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
  const left = text.slice(Math.max(lineStart, start - CONTEXT_CHARS), start);
  const right = text.slice(end, Math.min(lineEnd, end + CONTEXT_CHARS));
  const leftWords = [...left.matchAll(/\S+/g)];
  const rightWords = [...right.matchAll(/\S+/g)];
  const from = leftWords.length > PLACE_WORDS ? leftWords[leftWords.length - PLACE_WORDS]!.index! : 0;
  const to = rightWords.length > PLACE_WORDS ? rightWords[PLACE_WORDS - 1]!.index! + rightWords[PLACE_WORDS - 1]![0].length : right.length;
  const head = from > 0 || start - left.length > lineStart ? '…' : '';
  const tail = to < right.length || end + right.length < lineEnd ? '…' : '';
  return `${head}${(left.slice(from) + text.slice(start, end) + right.slice(0, to)).trim()}${tail}`;
}

/** Changes grouped by type in {@link CHANGE_TYPE_ORDER}, each group sorted by severity then position. */
export function groupChanges(changes: Change[]): Array<{ type: ChangeType; items: Array<{ change: Change; index: number }> }> {
  const groups = new Map<ChangeType, Array<{ change: Change; index: number }>>();
  changes.forEach((change, index) => {
    const list = groups.get(change.type) ?? [];
    list.push({ change, index });
    groups.set(change.type, list);
  });
  const rank = (s: Severity): number => {
    const i = SEVERITY_ORDER.indexOf(s);
    return i < 0 ? SEVERITY_ORDER.length : i;
  };
  const pos = (c: Change): number => c.a?.start ?? c.b?.start ?? 0;
  const order = [...CHANGE_TYPE_ORDER, ...[...groups.keys()].filter((t) => !CHANGE_TYPE_ORDER.includes(t))];
  return order
    .filter((type) => groups.has(type))
    .map((type) => ({
      type,
      items: groups.get(type)!.sort((x, y) => rank(x.change.severity) - rank(y.change.severity) || pos(x.change) - pos(y.change)),
    }));
}

/** How many changes have each severity. */
export function severityCounts(changes: Change[]): Record<Severity, number> {
  const out: Record<Severity, number> = { major: 0, minor: 0, info: 0 };
  for (const c of changes) if (c.severity in out) out[c.severity]++;
  return out;
}

/** Details of a change that one side has and the other lacks: the other side's span is only where it would be. */
const DROPPED = /^(?:[\w ]+ dropped|quote cut):/;
const ADDED = /^(?:[\w ]+ added|quote extended):/;

/**
 * The side whose span only marks where the other side's words would be ("date dropped: 'on March 11'"
 * points b at the words around the place), so reports show it as a place, not as what b says instead.
 * @param change a change
 * @returns 'a', 'b', or undefined when both spans are text
 */
export function placeSide(change: Change): 'a' | 'b' | undefined {
  if (!change.a || !change.b || change.detail.includes('→')) return undefined;
  if (DROPPED.test(change.detail)) return 'b';
  if (ADDED.test(change.detail)) return 'a';
  return undefined;
}
