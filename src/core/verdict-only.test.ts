import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare } from './compare.js';
import { DocumentCache } from './document-cache.js';

const dir = (p: string) => fileURLToPath(new URL(`../../examples/corpus/${p}`, import.meta.url));
const articles = new Map(readFileSync(dir('articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published: string }).map((a) => [a.id, a]));
const labels = JSON.parse(readFileSync(dir('labels.json'), 'utf8')) as { a: string; b: string }[];

test('verdictOnly gives the full compare\'s verdict on every labelled pair, both ways, with and without times', () => {
  const pairs = [...labels.map((l) => [l.a, l.b] as const), ['drought-original', 'unrelated-museum'] as const];
  for (const [x, y] of pairs) {
    for (const [a, b] of [[x, y], [y, x]] as const) {
      for (const dated of [false, true]) {
        const da = { text: articles.get(a)!.text, name: a, ...(dated ? { published: articles.get(a)!.published } : {}) };
        const db = { text: articles.get(b)!.text, name: b, ...(dated ? { published: articles.get(b)!.published } : {}) };
        const full = compare(da, db);
        assert.deepEqual(compare(da, db, { verdictOnly: true }), { ...full, alignments: [], changes: [] }, `${a} vs ${b}${dated ? ' (dated)' : ''}`);
      }
    }
  }
});

test('a document cache changes nothing in the results, however often and in whatever order documents recur', () => {
  const pairs = labels.flatMap((l) => [[l.a, l.b], [l.b, l.a]] as const);
  const cache = new DocumentCache(4); // small, so documents are evicted and analysed again too
  for (const round of [1, 2]) {
    for (const [a, b] of pairs) {
      const da = { text: articles.get(a)!.text, name: a };
      const db = { text: articles.get(b)!.text, name: b };
      assert.deepEqual(compare(da, db, {}, cache), compare(da, db), `${a} vs ${b}, round ${round}`);
      assert.deepEqual(compare(da, db, { verdictOnly: true }, cache), compare(da, db, { verdictOnly: true }), `${a} vs ${b} verdict only, round ${round}`);
    }
  }
  assert.equal(cache.size, 4);
});
