import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compare } from '../core/compare.js';
import { verdictOnly } from './verify.js';

const dir = (p: string) => fileURLToPath(new URL(`../../examples/corpus/${p}`, import.meta.url));
const articles = new Map(readFileSync(dir('articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published: string }).map((a) => [a.id, a]));
const labels = JSON.parse(readFileSync(dir('labels.json'), 'utf8')) as { a: string; b: string }[];

test('verdictOnly gives compare()\'s verdict on every labelled pair, both ways, with and without times', () => {
  const pairs = [...labels.map((l) => [l.a, l.b] as const), ['drought-original', 'unrelated-museum'] as const];
  for (const [x, y] of pairs) {
    for (const [a, b] of [[x, y], [y, x]] as const) {
      for (const dated of [false, true]) {
        const da = { text: articles.get(a)!.text, name: a, ...(dated ? { published: articles.get(a)!.published } : {}) };
        const db = { text: articles.get(b)!.text, name: b, ...(dated ? { published: articles.get(b)!.published } : {}) };
        const full = compare(da, db);
        assert.deepEqual(verdictOnly(da, db), { ...full, alignments: [], changes: [] }, `${a} vs ${b}${dated ? ' (dated)' : ''}`);
      }
    }
  }
});
