/**
 * Unit tests of the UI's pure helpers (no browser needed): text segmentation for highlighting,
 * the lineage layout, hash routing and reading files for import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../web/src/lib/segments.js';
import { edgePath, layoutLineage, NODE_W } from '../../web/src/lib/graph-layout.js';
import { batches, fromFile, parseJsonl } from '../../web/src/lib/import-files.js';
import { href, parseHash } from '../../web/src/router.js';
import { directionText, sideLabel } from '../../web/src/lib/labels.js';

test('segment cuts at every passage and change edge and keeps the text whole', () => {
  const text = 'Alpha beta gamma. Delta epsilon.';
  const segs = segment(text, [{ index: 0, start: 0, end: 17 }, { index: 1, start: 18, end: 32 }], [{ index: 0, start: 6, end: 10 }, { index: 1, start: 24, end: 31 }]);
  assert.equal(segs.map((s) => s.text).join(''), text);
  const beta = segs.find((s) => s.text === 'beta')!;
  assert.deepEqual([beta.alignment, beta.changes, beta.changeStarts], [0, [0], [0]]);
  assert.equal(segs.filter((s) => s.alignmentStart).length, 2);
  assert.equal(segs.find((s) => s.text === ' ')!.alignment, -1);
});

test('segment clamps spans outside the text and ignores empty ones', () => {
  const segs = segment('short', [{ index: 0, start: -5, end: 99 }], [{ index: 0, start: 3, end: 3 }, { index: 1, start: 2, end: 50 }]);
  assert.equal(segs.map((s) => s.text).join(''), 'short');
  assert.deepEqual(segs.map((s) => s.changes), [[], [1]]);
  assert.deepEqual(segment('', [], []), []);
});

test('layoutLineage puts sources left of their copies and survives cycles', () => {
  const l = layoutLineage(['c', 'a', 'b', 'd'], [{ from: 'a', to: 'b' }, { from: 'b', to: 'c' }, { from: 'a', to: 'c' }, { from: 'a', to: 'd' }]);
  const col = (id: string) => l.nodes.get(id)!.col;
  assert.deepEqual([col('a'), col('b'), col('c'), col('d')], [0, 1, 2, 1]);
  assert.ok(l.width >= 3 * NODE_W);
  const skip = edgePath(l.nodes.get('a')!, l.nodes.get('c')!);
  assert.ok(skip.bottom > l.nodes.get('a')!.y + 50, 'a skipping edge runs under the row');
  const cyc = layoutLineage(['x', 'y'], [{ from: 'x', to: 'y' }, { from: 'y', to: 'x' }]);
  assert.equal(cyc.nodes.size, 2);
});

test('hash routes round-trip ids with slashes and query values', () => {
  const link = href(['doc', 'a/b c'], { q: 'x&y', empty: '' });
  assert.equal(link, '#/doc/a%2Fb%20c?q=x%26y');
  const r = parseHash(link);
  assert.deepEqual(r.parts, ['doc', 'a/b c']);
  assert.equal(r.query.get('q'), 'x&y');
  assert.deepEqual(parseHash('').parts, []);
});

test('import reads JSONL, JSON, text and HTML files, naming bad lines', () => {
  const j = parseJsonl('{"id":"a","text":"x"}\n\nnot json\n[1]\n', 'f.jsonl');
  assert.deepEqual(j.docs.map((d) => d.origin), ['f.jsonl:1']);
  assert.deepEqual(j.skips.map((s) => s.origin), ['f.jsonl:3', 'f.jsonl:4']);
  assert.deepEqual(fromFile('story.txt', '\uFEFFHello.').docs[0]!.doc, { text: 'Hello.', title: 'story' });
  assert.deepEqual(fromFile('page.html', '<p>Hi</p>').docs[0]!.doc, { html: '<p>Hi</p>' });
  assert.equal(fromFile('arr.json', '[{"text":"a"},{"text":"b"}]').docs.length, 2);
  assert.equal(fromFile('x.warc', '').skips.length, 1);
  const many = Array.from({ length: 250 }, (_, i) => ({ doc: { text: 'x'.repeat(10) }, origin: String(i) }));
  assert.deepEqual(batches(many, 100, 1e9).map((b) => b.length), [100, 100, 50]);
  assert.deepEqual(batches(many.slice(0, 3), 100, 50).map((b) => b.length), [2, 1]);
});

test('the direction names a side by its letter, and by its name only when it has one', () => {
  assert.equal(sideLabel('a', 'A'), 'A');
  assert.equal(sideLabel('b', ''), 'B');
  assert.equal(sideLabel('b', 'wire.txt'), 'B (wire.txt)');
  const side = (name: string) => ({ name, chars: 0, sentences: 0, published: null });
  assert.equal(directionText({ direction: 'a->b', a: side('A'), b: side('B') } as never), 'B is drawn from A.');
  assert.equal(directionText({ direction: 'b->a', a: side('copy.html'), b: side('B') } as never), 'A (copy.html) is drawn from B.');
  assert.equal(directionText({ direction: 'unknown', a: side('A'), b: side('B') } as never), 'Which one came first is unknown.');
});
