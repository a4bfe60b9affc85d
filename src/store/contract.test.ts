/**
 * The store contract: every `Store` implementation must pass these cases. Backends are listed in
 * `BACKENDS`; `STORES=sqlite,postgres` picks which run (default: all that need no server). A
 * PostgreSQL store adds one entry whose `open` creates a fresh schema and whose `skip` says why it
 * cannot run (no server) instead of failing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewDocument, Store } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

interface Backend {
  name: string;
  /** A reason to skip this backend here, or undefined to run it. */
  skip?: () => string | undefined;
  /** A fresh empty store, a way to reopen the same one, and a cleanup. */
  open(postingCap?: number): { store: Store; reopen(): Store; cleanup(): void };
}

const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    open(postingCap) {
      const dir = mkdtempSync(join(tmpdir(), 'copytrace-store-'));
      const file = join(dir, 'corpus.db');
      const opts = postingCap === undefined ? { file } : { file, postingCap };
      return { store: openSqliteStore(opts), reopen: () => openSqliteStore(opts), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];

const wanted = (process.env['STORES'] ?? '').split(',').filter(Boolean);

function doc(id: string, text: string, extra: Partial<NewDocument> = {}): NewDocument {
  return { id, text, hash: `h:${text.toLowerCase()}`, ...extra };
}

const TERM = 2;

for (const backend of BACKENDS) {
  const skip = wanted.length && !wanted.includes(backend.name) ? 'not in STORES' : backend.skip?.();
  test(`store contract: ${backend.name}`, { skip }, async (t) => {
    const fixture = () => backend.open();

    await t.test('should keep a document and its metadata exactly as given', async () => {
      const { store, cleanup } = fixture();
      try {
        const text = '\u00ABQuoted\u00BB text\r\nwith a second line and an emoji \u{1F600}.';
        const r = await store.putDocument(doc('a/1.txt', text, { title: 'T', url: 'https://example.test/1', source: 'Daily Test', published: '2024-03-01T10:00:00.000Z', lang: 'en', origin: 'a/1.txt' }), []);
        assert.equal(r.status, 'added');
        const got = await store.getDocument('a/1.txt');
        assert.ok(got);
        assert.equal(got.text, text);
        assert.deepEqual([got.title, got.url, got.source, got.published, got.lang, got.origin], ['T', 'https://example.test/1', 'Daily Test', '2024-03-01T10:00:00.000Z', 'en', 'a/1.txt']);
        assert.equal(got.linked, false);
        assert.equal(await store.getDocument('nope'), null);
        assert.equal((await store.findByHash(got.hash))?.id, 'a/1.txt');
      } finally { await store.close(); cleanup(); }
    });

    await t.test('should be idempotent by id and link exact duplicates by hash', async () => {
      const { store, cleanup } = fixture();
      try {
        assert.equal(await store.probe('x', 'h:same words here.'), null);
        const first = await store.putDocument(doc('x', 'Same words here.'), [{ kind: TERM, keys: [1, 2] }]);
        assert.equal(first.status, 'added');
        assert.deepEqual(await store.probe('x', 'anything'), { status: 'exists', key: first.key });
        assert.deepEqual(await store.probe('z', 'h:same words here.'), { status: 'duplicate', key: first.key, of: 'x' });
        assert.deepEqual(await store.putDocument(doc('x', 'Other words.'), []), { status: 'exists', key: first.key });
        const dup = await store.putDocument(doc('y', 'SAME words here.', { published: '2024-01-01T00:00:00.000Z', title: 'Copy' }), []);
        assert.deepEqual(dup, { status: 'duplicate', key: first.key, of: 'x' });
        assert.equal((await store.putDocument(doc('y', 'SAME words here.'), [])).status, 'exists');
        const y = await store.getDocument('y');
        assert.equal(y?.duplicateOf, 'x');
        assert.equal(y?.text, 'Same words here.');
        assert.equal(y?.title, 'Copy');
        assert.deepEqual(await store.duplicatesOf('x'), ['y']);
        const links = [];
        for await (const l of store.duplicateLinks()) links.push(l);
        assert.deepEqual(links, [{ id: 'y', of: 'x', published: '2024-01-01T00:00:00.000Z' }]);
        assert.deepEqual(await store.counts(), { documents: 1, duplicates: 1, edges: 0, pending: 1 });
        assert.deepEqual(await store.documentFrequencies(TERM, [1, 2]), new Map([[1, 1], [2, 1]]));
      } finally { await store.close(); cleanup(); }
    });

    await t.test('should rank postings by summed weight, with sizes, bounds and frequency caps', async () => {
      const { store, cleanup } = fixture();
      try {
        const a = await store.putDocument(doc('a', 'a'), [{ kind: TERM, keys: [1, 2, 3, 99] }, { kind: 1, keys: [7] }]);
        const b = await store.putDocument(doc('b', 'b'), [{ kind: TERM, keys: [1, 99] }]);
        const c = await store.putDocument(doc('c', 'c'), [{ kind: TERM, keys: [99] }]);
        const q = [{ key: 1, weight: 1 }, { key: 2, weight: 0.5 }, { key: 99, weight: 0.1 }, { key: 7, weight: 9 }];
        const all = await store.matchPostings(TERM, q, { maxDf: 10, limit: 10 });
        assert.deepEqual(all.map((m) => [m.key, m.hits, m.size]), [[a.key, 3, 4], [b.key, 2, 2], [c.key, 1, 1]]);
        assert.ok(Math.abs(all[0]!.weight - 1.6) < 1e-9);
        const capped = await store.matchPostings(TERM, q, { maxDf: 2, limit: 10 });
        assert.deepEqual(capped.map((m) => m.key), [a.key, b.key], 'key 99 is held by 3 documents, above maxDf');
        assert.deepEqual((await store.matchPostings(TERM, q, { maxDf: 10, limit: 10, below: c.key, exclude: a.key })).map((m) => m.key), [b.key]);
        assert.deepEqual((await store.matchPostings(TERM, q, { maxDf: 10, limit: 1 })).map((m) => m.key), [a.key]);
        assert.deepEqual(await store.documentFrequencies(TERM, [99, 5]), new Map([[99, 3], [5, 0]]));
        assert.deepEqual((await store.matchPostings(1, q, { maxDf: 10, limit: 10 })).map((m) => m.key), [a.key], 'kinds are separate');
      } finally { await store.close(); cleanup(); }
    });

    await t.test('should stop writing postings for a key at the posting cap', async () => {
      const { store, cleanup } = backend.open(2);
      try {
        for (const id of ['a', 'b', 'c']) await store.putDocument(doc(id, id), [{ kind: TERM, keys: [5] }]);
        assert.equal((await store.documentFrequencies(TERM, [5])).get(5), 2);
        assert.deepEqual(await store.matchPostings(TERM, [{ key: 5, weight: 1 }], { maxDf: 100, limit: 10 }), []);
      } finally { await store.close(); cleanup(); }
    });

    await t.test('should write edges for a document atomically, replace them on re-run and mark it linked', async () => {
      const { store, reopen, cleanup } = fixture();
      let again: Store | undefined;
      try {
        const a = await store.putDocument(doc('a', 'a'), []);
        const b = await store.putDocument(doc('b', 'b'), []);
        const c = await store.putDocument(doc('c', 'c'), []);
        assert.deepEqual((await store.pendingDocuments(10)).map((d) => d.id), ['a', 'b', 'c']);
        await store.putEdges(a.key, []);
        await store.putEdges(b.key, [{ from: a.key, to: b.key, relation: 'derived', score: 0.9, coverage: { from: 0.5, to: 0.8 }, direction: 'from->to', basis: 'published', style: 'paraphrase' }]);
        await store.putEdges(c.key, [{ from: c.key, to: a.key, relation: 'related', score: 0.2, coverage: { from: 0.1, to: 0.1 }, direction: 'unknown', basis: 'none' }]);
        await store.putEdges(c.key, [{ from: a.key, to: c.key, relation: 'partially-derived', score: 0.6, coverage: { from: 0.2, to: 0.4 }, direction: 'from->to', basis: 'compare' }]);
        assert.deepEqual(await store.pendingDocuments(10), []);
        const ofA = await store.edgesOf('a');
        assert.deepEqual(ofA.map((e) => [e.from, e.to, e.relation]), [['a', 'b', 'derived'], ['a', 'c', 'partially-derived']]);
        assert.deepEqual(ofA[0], { from: 'a', to: 'b', relation: 'derived', score: 0.9, coverage: { from: 0.5, to: 0.8 }, direction: 'from->to', basis: 'published', style: 'paraphrase' });
        await store.close();
        again = reopen();
        const derived = [];
        for await (const e of again.edges(['derived'])) derived.push(`${e.from}>${e.to}`);
        assert.deepEqual(derived, ['a>b']);
        assert.equal((await again.counts()).edges, 2);
      } finally { await (again ?? store).close(); cleanup(); }
    });

    await t.test('should search titles and texts with snippets, tolerating any query text', async () => {
      const { store, cleanup } = fixture();
      try {
        await store.putDocument(doc('w', 'The harbour authority approved the new wind farm on Tuesday.', { title: 'Wind farm approved' }), []);
        await store.putDocument(doc('r', 'Rain is expected across the valley.', { title: 'Weather' }), []);
        const hits = await store.search('wind farms', 5);
        assert.deepEqual(hits.map((h) => [h.id, h.title]), [['w', 'Wind farm approved']]);
        assert.match(hits[0]!.snippet, /\[wind\] \[farm\]/);
        assert.deepEqual(await store.search('"unbalanced AND (NEAR', 5), []);
        assert.deepEqual(await store.search('  ', 5), []);
      } finally { await store.close(); cleanup(); }
    });

    await t.test('should keep settings across reopening', async () => {
      const { store, reopen, cleanup } = fixture();
      let again: Store | undefined;
      try {
        assert.equal(await store.getSetting('fingerprint'), null);
        await store.putSetting('fingerprint', '{"v":1}');
        await store.putSetting('fingerprint', '{"v":2}');
        await store.close();
        again = reopen();
        assert.equal(await again.getSetting('fingerprint'), '{"v":2}');
      } finally { await (again ?? store).close(); cleanup(); }
    });

    await t.test('should return documents by key in the order asked', async () => {
      const { store, cleanup } = fixture();
      try {
        const a = await store.putDocument(doc('a', 'a'), []);
        const b = await store.putDocument(doc('b', 'b'), []);
        assert.deepEqual((await store.getDocuments([b.key, 12345, a.key])).map((d) => d.id), ['b', 'a']);
      } finally { await store.close(); cleanup(); }
    });
  });
}
