/**
 * @module
 * Matching expected changes (a type and a substring on either side) against the changes a compare
 * result reports. A change matches when its type is one of the accepted types and its span on either
 * side overlaps where the expected substring sits in that document.
 */
import type { Change, ChangeType, CompareResult, Span } from '../../src/core/types.js';

/** A change we deliberately made or know to be there. */
export interface ExpectedChange {
  /** Any of these types counts (a flipped "nuclear-free" may fairly be a negation or an entity change). */
  types: ChangeType[];
  /** Exact substring of document a near the change. */
  a?: string;
  /** Exact substring of document b near the change. */
  b?: string;
  /** Short name shown when it is missed. */
  label?: string;
}

/** Where `needle` first occurs in `text`, or undefined. */
export function locate(text: string, needle: string): Span | undefined {
  const start = text.indexOf(needle);
  return start < 0 ? undefined : { start, end: start + needle.length };
}

/** True when two half-open spans share at least one code unit. */
export function overlaps(x: Span, y: Span): boolean {
  return x.start < y.end && y.start < x.end;
}

/** Whether one reported change matches the expected one. */
export function changeMatches(change: Change, exp: ExpectedChange, textA: string, textB: string): boolean {
  if (!exp.types.includes(change.type)) return false;
  const spanA = exp.a === undefined ? undefined : locate(textA, exp.a);
  const spanB = exp.b === undefined ? undefined : locate(textB, exp.b);
  return Boolean((spanA && change.a && overlaps(change.a, spanA)) || (spanB && change.b && overlaps(change.b, spanB)));
}

/** Whether the result reports the expected change anywhere. */
export function found(result: CompareResult, exp: ExpectedChange, textA: string, textB: string): boolean {
  return result.changes.some((c) => changeMatches(c, exp, textA, textB));
}

/** A one-line description of an expected change for notes: `quote (a: "...", b: "...")`. */
export function describe(exp: ExpectedChange): string {
  const cut = (s: string) => (s.length > 40 ? `${s.slice(0, 37)}...` : s);
  const sides = [exp.a !== undefined ? `a: "${cut(exp.a)}"` : '', exp.b !== undefined ? `b: "${cut(exp.b)}"` : ''].filter(Boolean);
  return `${exp.label ?? exp.types.join('/')} (${sides.join(', ')})`;
}
