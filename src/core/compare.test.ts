import assert from 'node:assert/strict';
import test from 'node:test';
import { compare } from './compare.js';
import { INDEPENDENT, PARAPHRASE, SOURCE, TRIMMED, UNRELATED, VERBATIM } from './stories.fixture.test.js';
import type { CompareResult } from './types.js';

const RESULT_KEYS = ['a', 'alignments', 'b', 'changes', 'coverage', 'direction', 'relation', 'schema', 'score', 'style'];

function checkShape(r: CompareResult, textA: string, textB: string): void {
  assert.deepEqual(Object.keys(r).sort(), RESULT_KEYS);
  assert.equal(r.schema, 'copytrace.compare/1');
  assert.equal(r.a.chars, textA.length);
  assert.equal(r.b.chars, textB.length);
  for (let k = 0; k < r.alignments.length; k++) {
    const al = r.alignments[k]!;
    assert.ok(al.a.start >= 0 && al.a.start < al.a.end && al.a.end <= textA.length);
    assert.ok(al.b.start >= 0 && al.b.start < al.b.end && al.b.end <= textB.length);
    if (k > 0) assert.ok(r.alignments[k - 1]!.a.start <= al.a.start, 'alignments sorted by a.start');
  }
  for (const c of r.changes) {
    if (c.a) assert.equal(textA.slice(c.a.start, c.a.end), c.a.text);
    if (c.b) assert.equal(textB.slice(c.b.start, c.b.end), c.b.text);
  }
}

test('compare', async (t) => {
  await t.test('returns the contract object for strings', () => {
    const r = compare(SOURCE, TRIMMED);
    checkShape(r, SOURCE, TRIMMED);
    assert.equal(r.a.name, 'a');
    assert.equal(r.b.name, 'b');
    assert.ok(r.a.sentences > r.b.sentences && r.b.sentences > 0);
    assert.equal(r.relation, 'derived');
    assert.equal(r.direction, 'a->b');
    assert.ok(r.changes.some((c) => c.type === 'omission' && c.a && !c.b), 'the dropped paragraphs are omissions');
  });

  await t.test('takes {text, name, published} and includes the texts on request', () => {
    const r = compare(
      { text: PARAPHRASE, name: 'copy.txt', published: '2025-03-05T10:00:00Z' },
      { text: SOURCE, name: 'source.txt', published: '2025-03-04T10:00:00Z' },
      { withText: true },
    );
    checkShape({ ...r, a: { ...r.a }, b: { ...r.b } }, PARAPHRASE, SOURCE);
    assert.equal(r.a.name, 'copy.txt');
    assert.equal(r.a.text, PARAPHRASE);
    assert.equal(r.b.text, SOURCE);
    assert.equal(r.direction, 'b->a');
    assert.equal(compare(SOURCE, TRIMMED).a.text, undefined);
  });

  await t.test('every kind of pair gives a well-formed result', () => {
    for (const other of [VERBATIM, PARAPHRASE, INDEPENDENT, UNRELATED, '', 'One line.']) {
      checkShape(compare(SOURCE, other), SOURCE, other);
      checkShape(compare(other, SOURCE), other, SOURCE);
    }
  });

  await t.test('alignments point at the copied passages', () => {
    const r = compare(SOURCE, VERBATIM);
    assert.equal(r.relation, 'duplicate');
    assert.equal(r.alignments.length, 1);
    assert.equal(r.alignments[0]!.kind, 'verbatim');
    assert.equal(VERBATIM.slice(r.alignments[0]!.b.start, r.alignments[0]!.b.end), SOURCE.trim());
  });

  await t.test('an unrelated pair has no alignments and no changes', () => {
    const r = compare(SOURCE, UNRELATED);
    assert.equal(r.relation, 'unrelated');
    assert.deepEqual([r.alignments, r.changes, r.direction, r.style], [[], [], 'unknown', 'none']);
  });

  await t.test('is pure: the same input gives the same output', () => {
    assert.deepEqual(compare(SOURCE, PARAPHRASE), compare(SOURCE, PARAPHRASE));
  });

  await t.test('rejects what is not a document', () => {
    // @ts-expect-error deliberate misuse
    assert.throws(() => compare(null, SOURCE), TypeError);
    // @ts-expect-error deliberate misuse
    assert.throws(() => compare(SOURCE, { name: 'x' }), /Expected document b/);
  });
});
