/**
 * Shared helpers for the change-detector tests: analyse two short texts we wrote, link their
 * sentences by hand (no aligner), and look changes up by type and text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentAlignment } from '../align/types.js';
import { analyze } from '../text/analyze.js';
import type { AnalyzedDocument } from '../text/types.js';
import type { Change, ChangeType } from '../types.js';
import { detectChanges } from './index.js';

/** Two analysed texts and the changes between them. */
export interface Run {
  a: AnalyzedDocument;
  b: AnalyzedDocument;
  changes: Change[];
}

/**
 * A hand-made alignment: each pair links sentence indices of a and b; every other sentence is unmatched.
 * Without pairs, sentence i of a is linked to sentence i of b.
 */
export function handAlignment(a: AnalyzedDocument, b: AnalyzedDocument, pairs?: Array<[number[] | number, number[] | number]>): DocumentAlignment {
  const list = (pairs ?? a.sentences.slice(0, b.sentences.length).map((_, i) => [i, i] as [number, number]))
    .map(([x, y]) => ({ a: typeof x === 'number' ? [x] : x, b: typeof y === 'number' ? [y] : y }));
  const usedA = new Set(list.flatMap((l) => l.a));
  const usedB = new Set(list.flatMap((l) => l.b));
  return {
    links: list.map((l) => ({ ...l, similarity: 0.7, verbatim: false })),
    unmatchedA: a.sentences.map((s) => s.index).filter((i) => !usedA.has(i)),
    unmatchedB: b.sentences.map((s) => s.index).filter((i) => !usedB.has(i)),
  };
}

/** Analyses both texts, aligns them by hand and detects the changes. */
export function run(textA: string, textB: string, pairs?: Array<[number[] | number, number[] | number]>): Run {
  const a = analyze(textA);
  const b = analyze(textB);
  return { a, b, changes: detectChanges(a, b, handAlignment(a, b, pairs)) };
}

/** The changes of one type. */
export function ofType(r: Run, type: ChangeType): Change[] {
  return r.changes.filter((c) => c.type === type);
}

/** Asserts exactly one change of the type and returns it. */
export function one(r: Run, type: ChangeType): Change {
  const found = ofType(r, type);
  assert.equal(found.length, 1, `expected one ${type} change, got ${JSON.stringify(r.changes.map((c) => `${c.type}: ${c.detail}`))}`);
  return found[0]!;
}

/** Asserts there is no change of the given types (all types when none are given). */
export function none(r: Run, ...types: ChangeType[]): void {
  const found = r.changes.filter((c) => types.length === 0 || types.includes(c.type));
  assert.deepEqual(found.map((c) => `${c.type}: ${c.detail}`), []);
}

/** Asserts every span of every change is the text it claims to cover. */
export function assertSpans(r: Run): void {
  for (const c of r.changes) {
    if (c.a) assert.equal(r.a.text.slice(c.a.start, c.a.end), c.a.text, `a span of ${c.detail}`);
    if (c.b) assert.equal(r.b.text.slice(c.b.start, c.b.end), c.b.text, `b span of ${c.detail}`);
  }
}

test('handAlignment links sentence i to i and leaves the rest unmatched', () => {
  const a = analyze('One sentence here. Two sentences here. Three sentences here.');
  const b = analyze('One sentence here. Two sentences there.');
  const al = handAlignment(a, b);
  assert.deepEqual(al.links.map((l) => [l.a, l.b]), [[[0], [0]], [[1], [1]]]);
  assert.deepEqual(al.unmatchedA, [2]);
  assert.deepEqual(al.unmatchedB, []);
});
