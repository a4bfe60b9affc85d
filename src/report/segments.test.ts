import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clampSpan, segmentText, type Segment } from './segments.js';

/** Segments must tile [0, length) in order without gaps or overlaps. */
function assertTiles(segs: Segment[], length: number): void {
  let pos = 0;
  for (const s of segs) {
    assert.equal(s.start, pos);
    assert.ok(s.end > s.start);
    pos = s.end;
  }
  assert.equal(pos, length);
}

test('no marks: one plain segment; empty text: no segment', () => {
  assert.deepEqual(segmentText(10, [], []), [{ start: 0, end: 10, alignments: [], changes: [] }]);
  assert.deepEqual(segmentText(0, [], []), []);
});

test('alignments and nested or overlapping changes split into tiles', () => {
  const segs = segmentText(
    30,
    [{ start: 2, end: 20, index: 0 }, { start: 22, end: 28, index: 1 }],
    [{ start: 5, end: 10, index: 0 }, { start: 8, end: 24, index: 1 }],
  );
  assertTiles(segs, 30);
  assert.deepEqual(
    segs.map((s) => [s.start, s.end, s.alignments, s.changes]),
    [
      [0, 2, [], []],
      [2, 5, [0], []],
      [5, 8, [0], [0]],
      [8, 10, [0], [0, 1]],
      [10, 20, [0], [1]],
      [20, 22, [], [1]],
      [22, 24, [1], [1]],
      [24, 28, [1], []],
      [28, 30, [], []],
    ],
  );
});

test('identical spans and touching spans', () => {
  const segs = segmentText(10, [{ start: 0, end: 5, index: 0 }, { start: 5, end: 10, index: 1 }], [
    { start: 3, end: 5, index: 0 },
    { start: 3, end: 5, index: 1 },
  ]);
  assertTiles(segs, 10);
  assert.deepEqual(segs.map((s) => [s.start, s.end, s.alignments, s.changes]), [
    [0, 3, [0], []],
    [3, 5, [0], [0, 1]],
    [5, 10, [1], []],
  ]);
});

test('bad spans are clamped or ignored', () => {
  const segs = segmentText(10, [{ start: -5, end: 4, index: 0 }, { start: 8, end: 99, index: 1 }], [
    { start: 6, end: 6, index: 0 },
    { start: 7, end: 3, index: 1 },
    { start: Number.NaN, end: 4, index: 2 },
  ]);
  assertTiles(segs, 10);
  assert.deepEqual(segs.map((s) => [s.start, s.end, s.alignments, s.changes]), [
    [0, 4, [0], []],
    [4, 8, [], []],
    [8, 10, [1], []],
  ]);
  assert.equal(clampSpan({ start: 3, end: 3 }, 10), undefined);
  assert.deepEqual(clampSpan({ start: 3, end: 50 }, 10), { start: 3, end: 10 });
});

test('many random spans always tile the text', () => {
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  for (let round = 0; round < 50; round++) {
    const len = 1 + rnd(200);
    const spans = (k: number) => Array.from({ length: k }, (_, index) => {
      const a = rnd(len + 5);
      return { start: a, end: a + rnd(40), index };
    });
    const al = spans(rnd(6));
    const ch = spans(rnd(8));
    const segs = segmentText(len, al, ch);
    assertTiles(segs, len);
    for (const s of segs) {
      for (const x of s.changes) {
        const sp = ch[x]!;
        assert.ok(sp.start <= s.start && Math.min(sp.end, len) >= s.end);
      }
    }
  }
});
