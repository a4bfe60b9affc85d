import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { NewDocument } from '../store/store.js';
import { createApp } from './app.js';
import type { CorpusOps } from './corpus-ops.js';

const dir = mkdtempSync(join(tmpdir(), 'ct-server-'));
const store = openSqliteStore({ file: join(dir, 'corpus.db') });
test.after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

const DOCS: NewDocument[] = [
  { id: 'orig', hash: 'h1', title: 'Harlow approves budget', source: 'Harlow Herald', published: '2026-03-02T09:00:00Z', text: 'The Harlow council approved a budget of 12 million pounds on Monday.' },
  { id: 'copy', hash: 'h2', title: 'Council budget passes', source: 'Daily Wire', published: '2026-03-02T11:00:00Z', text: 'Harlow council approved a 12 million pound budget on Monday, officials said.' },
  { id: 'x/y z', hash: 'h3', title: '<script>alert("t")</script>', source: 'Odd Id Times', text: 'A heron was seen near the river <img src=x onerror=alert(1)> on Monday.' },
];

const seeded = (async () => {
  const keys: number[] = [];
  for (const d of DOCS) {
    const r = await store.putDocument(d, []);
    keys.push(r.key);
  }
  await store.putEdges(keys[1]!, [{ from: keys[0]!, to: keys[1]!, relation: 'derived', score: 0.9, coverage: { from: 0.8, to: 0.95 }, direction: 'from->to', basis: 'published' }]);
})();

const added: unknown[][] = [];
const fakeOps = (): CorpusOps => ({
  add: async (docs) => { added.push(docs); return { added: docs.length - 1, existing: 0, duplicates: 0, skipped: [{ index: docs.length - 1, error: 'duplicate id' }] }; },
  find: async (id) => ({ schema: 'copytrace.find/1', query: id, matches: [] }),
  clusters: async () => ({ schema: 'copytrace.clusters/1', clusters: [] }),
});

const app = createApp({ store });

test('GET /api/health counts the corpus', async () => {
  await seeded;
  assert.deepEqual(await (await app.request('/api/health')).json(), { ok: true, documents: 3, readOnly: false, store: true });
});

test('GET /api/documents/:id gives metadata and text, and ids may hold / and spaces', async () => {
  await seeded;
  const d = (await (await app.request('/api/documents/orig')).json()) as Record<string, unknown>;
  assert.equal(d.id, 'orig');
  assert.equal(d.title, 'Harlow approves budget');
  assert.equal(d.source, 'Harlow Herald');
  assert.equal(d.text, DOCS[0]!.text);
  assert.equal(d.hash, undefined);
  assert.equal(d.origin, undefined);
  const odd = await app.request(`/api/documents/${encodeURIComponent('x/y z')}`);
  assert.equal(odd.status, 200);
  assert.equal(((await odd.json()) as { id: string }).id, 'x/y z');
  const missing = await app.request('/api/documents/nope');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'store.not-found');
});

test('script in a title or text comes back as inert JSON text', async () => {
  await seeded;
  const res = await app.request(`/api/documents/${encodeURIComponent('x/y z')}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const d = (await res.json()) as { title: string; text: string };
  assert.equal(d.title, '<script>alert("t")</script>');
  assert.match(d.text, /<img src=x onerror=alert\(1\)>/);
});

test('GET /api/documents/:id/matches is copytrace.find/1 with directions from the query', async () => {
  await seeded;
  const f = (await (await app.request('/api/documents/orig/matches')).json()) as { schema: string; query: string; matches: Record<string, any>[] };
  assert.equal(f.schema, 'copytrace.find/1');
  assert.equal(f.query, 'orig');
  assert.equal(f.matches.length, 1);
  const m = f.matches[0]!;
  assert.deepEqual({ id: m.id, relation: m.relation, direction: m.direction, score: m.score, coverage: m.coverage },
    { id: 'copy', relation: 'derived', direction: 'query->match', score: 0.9, coverage: { query: 0.8, match: 0.95 } });
  assert.equal(f.matches[0]!.source, 'Daily Wire');
  const back = (await (await app.request('/api/documents/copy/matches')).json()) as { matches: { direction: string }[] };
  assert.equal(back.matches[0]!.direction, 'match->query');
  assert.equal((await app.request('/api/documents/nope/matches')).status, 404);
});

test('GET /api/clusters and /api/clusters/:id', async () => {
  await seeded;
  const c = (await (await app.request('/api/clusters')).json()) as { schema: string; clusters: { id: string; origin: string; members: string[]; edges: unknown[] }[]; documents: Record<string, { source: string }> };
  assert.equal(c.schema, 'copytrace.clusters/1');
  assert.equal(c.clusters.length, 1);
  const k = c.clusters[0]!;
  assert.deepEqual([...k.members].sort(), ['copy', 'orig']);
  assert.equal(k.origin, 'orig');
  assert.equal(c.documents.orig?.source, 'Harlow Herald');
  const one = (await (await app.request(`/api/clusters/${encodeURIComponent(k.id)}`)).json()) as { cluster: { id: string }; documents: Record<string, { published: string }> };
  assert.equal(one.cluster.id, k.id);
  assert.equal(one.documents.copy?.published, '2026-03-02T11:00:00Z');
  assert.equal((await app.request('/api/clusters/none')).status, 404);
});

test('GET /api/search finds documents by words', async () => {
  await seeded;
  const s = (await (await app.request('/api/search?q=heron')).json()) as { results: { id: string; title: string; snippet: string }[] };
  assert.deepEqual(s.results.map((r) => r.id), ['x/y z']);
  assert.match(s.results[0]!.snippet, /heron/i);
  const none = (await (await app.request('/api/search?q=zeppelin')).json()) as { results: unknown[] };
  assert.deepEqual(none.results, []);
  assert.equal((await app.request('/api/search?q=')).status, 400);
  assert.equal((await app.request(`/api/search?q=${'a'.repeat(600)}`)).status, 400);
});

test('POST /api/documents reads each object like a JSONL line and maps skipped indices back', async () => {
  const withOps = createApp({ store, corpus: fakeOps() });
  const body = [{ id: 'n1', text: 'One.' }, { id: 'n2' }, 'text', { text: 'Two.', title: 7 }, { html: '<p>Three is here.</p>' }, { id: 'n4', text: 'Four.', published: 'yesterday' }, { id: 'n5', text: 'Five.' }];
  const res = await withOps.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal(res.status, 200);
  const r = (await res.json()) as { added: number; skipped: { index: number; error: string }[]; warnings: { index: number; message: string }[] };
  assert.equal(r.added, 4);
  assert.deepEqual(r.skipped.map((s) => s.index), [1, 2, 6]);
  assert.match(r.skipped[0]!.error, /no "text"/);
  assert.match(r.skipped[2]!.error, /duplicate id/);
  assert.deepEqual(r.warnings.map((w) => w.index), [3, 5]);
  const docs = added.at(-1) as { id: string; text: string }[];
  assert.deepEqual(docs.map((d) => d.id).filter((id) => !id.startsWith('doc-')), ['n1', 'n4', 'n5']);
  assert.equal(docs[2]!.text.trim(), 'Three is here.', 'html reduced to its text');
  const single = await withOps.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 's', text: 'S.' }) });
  assert.equal(single.status, 200);
});

test('POST /api/documents stores through the corpus pipeline', async () => {
  const d2 = mkdtempSync(join(tmpdir(), 'ct-add-'));
  const fresh = openSqliteStore({ file: join(d2, 'c.db') });
  try {
    const real = createApp({ store: fresh });
    const body = [
      { id: 'p1', title: 'Otters return', source: 'River News', published: '2026-04-01T08:00:00Z', text: 'Otters have returned to the Wendle river after twenty years, wardens said on Tuesday. Volunteers counted 14 animals.' },
      { id: 'p1', text: 'The same id again.' },
    ];
    const res = await real.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const r = (await res.json()) as { added: number; existing: number };
    assert.equal(res.status, 200);
    assert.equal(r.added, 1);
    assert.equal(r.existing, 1);
    const doc = (await (await real.request('/api/documents/p1')).json()) as { title: string; source: string };
    assert.equal(doc.title, 'Otters return');
    const s = (await (await real.request('/api/search?q=otters')).json()) as { results: { id: string }[] };
    assert.deepEqual(s.results.map((x) => x.id), ['p1']);
  } finally { await fresh.close(); rmSync(d2, { recursive: true, force: true }); }
});

test('POST /api/documents is 403 under --read-only, and 413 past the body limit', async () => {
  const ro = createApp({ store, readOnly: true, corpus: fakeOps() });
  const res = await ro.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) });
  assert.equal(res.status, 403);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'store.read-only');
  assert.equal(((await (await ro.request('/api/health')).json()) as { readOnly: boolean }).readOnly, true);
  const small = createApp({ store, corpus: fakeOps(), limits: { documentsBodyBytes: 100 } });
  const big = await small.request('/api/documents', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'y'.repeat(500) }) });
  assert.equal(big.status, 413);
});
