/**
 * @module
 * The public shapes of copytrace: the `copytrace.compare/1` result and its parts.
 * These are the outside contract (../shared/CONTRACT.md); add fields freely, never rename.
 */

/** A half-open range of UTF-16 code units into a document's text as read. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers, used in changes so a reader needs no second lookup. */
export interface TextSpan extends Span {
  text: string;
}

export type Relation = 'duplicate' | 'derived' | 'partially-derived' | 'related' | 'unrelated';
export type Direction = 'a->b' | 'b->a' | 'unknown';
export type Style = 'verbatim' | 'light-edit' | 'paraphrase' | 'translation-like' | 'summary' | 'mixed' | 'none';
export type ChangeType =
  | 'number'
  | 'date'
  | 'entity'
  | 'negation'
  | 'quote'
  | 'attribution'
  | 'hedge'
  | 'omission'
  | 'addition';
export type Severity = 'info' | 'minor' | 'major';
export type AlignmentKind = 'verbatim' | 'paraphrase';

/** One aligned passage: a run of sentences on each side that say the same thing. */
export interface Alignment {
  a: Span;
  b: Span;
  similarity: number;
  kind: AlignmentKind;
}

/** One change in meaning between the two sides. */
export interface Change {
  type: ChangeType;
  /** Absent for an `addition`. */
  a?: TextSpan;
  /** Absent for an `omission`. */
  b?: TextSpan;
  detail: string;
  severity: Severity;
}

export interface DocSummary {
  name: string;
  chars: number;
  sentences: number;
  /** The text the offsets point into; only with `withText`. */
  text?: string;
}

/** The `copytrace.compare/1` object. */
export interface CompareResult {
  schema: 'copytrace.compare/1';
  a: DocSummary;
  b: DocSummary;
  relation: Relation;
  direction: Direction;
  score: number;
  style: Style;
  coverage: { a: number; b: number };
  alignments: Alignment[];
  changes: Change[];
}

/** A document handed to `compare()`: its text, and optionally a name and publication time. */
export interface DocumentInput {
  text: string;
  name?: string;
  /** ISO-8601 publication time; used to decide direction when both sides have one. */
  published?: string;
}

/** Options of `compare()`. */
export interface CompareOptions {
  /** Include each side's text in the result (`a.text`, `b.text`). */
  withText?: boolean;
  /** Only the verdict: `alignments` and `changes` come back empty, for about half the cost (the corpus
   * stores verdicts, not passages). Every other field is what a full compare gives. */
  verdictOnly?: boolean;
}
