/**
 * Checks the team's example corpus (examples/corpus) is well formed, so eval and tests can trust it:
 * the JSONL parses with the contract's fields, ids are unique, articles.jsonl matches the story
 * sources, every labelled substring occurs exactly once in its document, and publication times agree
 * with the labelled direction.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { articlesById, CORPUS_DIR, readArticles, readLabels, type Article } from './lib/corpus.js';

const RELATIONS = ['duplicate', 'derived', 'partially-derived', 'related', 'unrelated'];
const DIRECTIONS = ['a->b', 'b->a', 'unknown'];
const STYLES = ['verbatim', 'light-edit', 'paraphrase', 'translation-like', 'summary', 'mixed', 'none'];
const CHANGE_TYPES = ['number', 'date', 'entity', 'negation', 'quote', 'attribution', 'hedge', 'omission', 'addition'];

const count = (text: string, needle: string) => text.split(needle).length - 1;

test('articles.jsonl', async (t) => {
  const articles = readArticles();

  await t.test('should parse, one document a line, with the contract fields', () => {
    assert.ok(articles.length >= 20, `only ${articles.length} articles`);
    for (const a of articles) {
      for (const f of ['id', 'title', 'source', 'published', 'url', 'lang', 'text'] as const) {
        assert.equal(typeof a[f], 'string', `${a.id}: ${f} missing`);
        assert.ok(a[f].length > 0, `${a.id}: ${f} empty`);
      }
      assert.equal(a.lang, 'en');
      assert.ok(!Number.isNaN(Date.parse(a.published)), `${a.id}: published is not ISO-8601`);
      assert.match(a.url, /^https:\/\/example\.org\//, `${a.id}: url must be fictional (example.org)`);
      assert.ok(!a.text.includes('\r') && !/\n{3,}/.test(a.text), `${a.id}: paragraphs must be separated by one blank line`);
      assert.equal(a.text, a.text.trim(), `${a.id}: text has surrounding white space`);
    }
  });

  await t.test('should have unique ids', () => {
    const ids = articles.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  await t.test('should match the story sources (run node examples/corpus/build.mjs after editing)', async () => {
    const buildPath = pathToFileURL(join(CORPUS_DIR, 'build.mjs')).href;
    const build = (await import(buildPath)) as { readStories(): Article[] };
    assert.deepEqual(build.readStories(), articles);
  });
});

test('labels.json', async (t) => {
  const docs = articlesById();
  const labels = readLabels();

  await t.test('should use contract values and known ids', () => {
    for (const p of labels) {
      const name = `${p.a}/${p.b}`;
      assert.ok(docs.has(p.a) && docs.has(p.b), `${name}: unknown id`);
      assert.notEqual(p.a, p.b, `${name}: a document paired with itself`);
      assert.ok(RELATIONS.includes(p.relation), `${name}: relation ${p.relation}`);
      assert.ok(DIRECTIONS.includes(p.direction), `${name}: direction ${p.direction}`);
      assert.ok(STYLES.includes(p.style), `${name}: style ${p.style}`);
      assert.ok(Array.isArray(p.changes), `${name}: changes must be a list`);
      const derived = ['duplicate', 'derived', 'partially-derived'].includes(p.relation);
      assert.equal(p.direction !== 'unknown', derived, `${name}: a direction goes with a derived relation only`);
      for (const c of p.changes) {
        assert.ok(CHANGE_TYPES.includes(c.type), `${name}: change type ${c.type}`);
        assert.ok(c.a !== undefined || c.b !== undefined, `${name}: ${c.type} has no substring`);
        if (c.type === 'omission') assert.equal(c.b, undefined, `${name}: an omission has only a`);
        if (c.type === 'addition') assert.equal(c.a, undefined, `${name}: an addition has only b`);
      }
    }
  });

  await t.test('should have each labelled substring exactly once in its document', () => {
    for (const p of labels) {
      for (const c of p.changes) {
        for (const side of ['a', 'b'] as const) {
          const needle = c[side];
          if (needle === undefined) continue;
          const n = count(docs.get(p[side])!.text, needle);
          assert.equal(n, 1, `${p.a}/${p.b} ${c.type}: "${needle}" occurs ${n} times in ${p[side]}`);
        }
      }
    }
  });

  await t.test('should publish every copy after its source', () => {
    for (const p of labels) {
      if (p.direction === 'unknown') continue;
      const [src, copy] = p.direction === 'a->b' ? [p.a, p.b] : [p.b, p.a];
      const ts = Date.parse(docs.get(src)!.published), tc = Date.parse(docs.get(copy)!.published);
      assert.ok(ts < tc, `${p.a}/${p.b}: copy ${copy} is not later than source ${src}`);
    }
  });

  await t.test('should not pair the same two documents twice', () => {
    const keys = labels.map((p) => [p.a, p.b].sort().join('|'));
    assert.equal(new Set(keys).size, keys.length);
  });
});
