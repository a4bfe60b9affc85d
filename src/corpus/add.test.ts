import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestItem } from '../ingest/types.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { addDocuments } from './add.js';
import { buildClusters } from './clusters.js';
import { findByDocument, findById } from './find.js';

const ARTICLES = fileURLToPath(new URL('../../examples/corpus/articles.jsonl', import.meta.url));
interface Article { id: string; text: string; title: string; source: string; published: string }
const articles: Article[] = readFileSync(ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Article);

async function* items(list: Article[]): AsyncGenerator<IngestItem> {
  for (const a of list) yield { type: 'document', doc: { id: a.id, text: a.text, title: a.title, source: a.source, published: a.published, origin: `articles.jsonl:${a.id}` } };
}

async function edgeSet(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const e of store.edges(['duplicate', 'derived', 'partially-derived', 'related'])) out.push(`${e.from} ${e.direction === 'from->to' ? '->' : '--'} ${e.to} ${e.relation}`);
  return out.sort();
}

test('corpus add, find and clusters on the example corpus', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-corpus-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'all.db');
  const store = openSqliteStore({ file });
  t.after(() => store.close());
  const summary = await addDocuments(store, items(articles), { storeSpec: file, config: { workers: 0 } });
  const all = await edgeSet(store);

  await t.test('should add every article and link each labelled copy to its original', async () => {
    assert.equal(summary.added, articles.length);
    assert.equal(summary.linked, articles.length);
    const { clusters } = await buildClusters(store);
    const byOrigin = new Map(clusters.map((c) => [c.origin, c.members]));
    assert.deepEqual(byOrigin.get('budget-original'), ['budget-altered', 'budget-original', 'budget-verbatim']);
    assert.deepEqual(byOrigin.get('transfer-original'), ['transfer-original', 'transfer-summary', 'transfer-translated']);
    assert.deepEqual(byOrigin.get('rates-original'), ['rates-column', 'rates-original', 'rates-paraphrase']);
    assert.ok(byOrigin.get('fire-original')?.includes('fire-trimmed'));
    assert.ok(!clusters.some((c) => c.members.includes('unrelated-museum')), 'an unrelated article is in no cluster');
    for (const c of clusters) {
      const reach = new Set([c.members[0]!]);
      for (let grew = true; grew;) {
        grew = false;
        for (const e of c.edges) if (reach.has(e.from) !== reach.has(e.to)) { reach.add(e.from); reach.add(e.to); grew = true; }
      }
      assert.equal(reach.size, c.members.length, `every member of ${c.id} is reachable through its edges`);
    }
  });

  await t.test('should answer find for a stored id: derived first, direction from the query', async () => {
    const r = await findById(store, 'transfer-original');
    assert.equal(r.schema, 'copytrace.find/1');
    assert.deepEqual(r.matches.map((m) => [m.id, m.direction]).sort(), [['transfer-summary', 'query->match'], ['transfer-translated', 'query->match']]);
    const copy = await findById(store, 'rates-paraphrase', { limit: 1 });
    assert.deepEqual(copy.matches.map((m) => [m.id, m.relation, m.direction]), [['rates-original', 'derived', 'match->query']]);
    const withRelated = await findById(store, 'fire-original');
    const relations = withRelated.matches.map((m) => m.relation);
    assert.ok(relations.indexOf('related') === -1 || relations.indexOf('related') > relations.lastIndexOf('derived'), 'related after derived');
    await assert.rejects(findById(store, 'no-such-id'), { code: 'store.not-found' });
  });

  await t.test('should find the sources of a document not in the corpus without adding it', async () => {
    const before = await store.counts();
    const altered = articles.find((a) => a.id === 'vaccine-altered')!;
    const r = await findByDocument(store, { id: 'q', text: altered.text, origin: 'query.txt' }, 'query.txt');
    assert.ok(r.matches.some((m) => m.id === 'vaccine-altered' && m.relation === 'duplicate'), 'its exact twin');
    assert.ok(r.matches.some((m) => m.id === 'vaccine-original' && m.relation !== 'related'), 'its source');
    assert.deepEqual(await store.counts(), before);
  });

  await t.test('should be idempotent: a re-run adds nothing and writes no edge', async () => {
    const again = await addDocuments(store, items(articles), { storeSpec: file, config: { workers: 0 } });
    assert.deepEqual([again.added, again.existing, again.edges], [0, articles.length, 0]);
    assert.deepEqual(await edgeSet(store), all);
  });

  await t.test('should link documents added later to the earlier ones without a rebuild', async () => {
    const inc = openSqliteStore({ file: join(dir, 'incremental.db') });
    try {
      const shuffled = [...articles].reverse();
      await addDocuments(inc, items(shuffled.slice(0, 11)), { config: { workers: 0 } });
      await addDocuments(inc, items(shuffled.slice(11)), { config: { workers: 0 } });
      const got = await edgeSet(inc);
      const derivedOnly = (xs: string[]) => xs.filter((x) => !x.endsWith(' related')).map((x) => x.replace(/ (--|->) /, ' ? ').split(' ').slice(0, 3).sort().join(' '));
      assert.deepEqual(derivedOnly(got).sort(), derivedOnly(all).sort());
    } finally { await inc.close(); }
  });

  await t.test('should keep the fingerprint parameters it was built with and refuse others', async () => {
    const recorded = JSON.parse((await store.getSetting('fingerprint'))!) as { numPerm: number };
    assert.equal(recorded.numPerm, 64);
    await assert.rejects(addDocuments(store, items([]), { config: { workers: 0, fingerprint: { numPerm: 32 } } }), { code: 'usage' });
  });

  await t.test('should carry on when compare fails on one pair, reporting it as a warning', async () => {
    const { compare } = await import('../core/compare.js');
    const own = openSqliteStore({ file: join(dir, 'failing.db') });
    try {
      const picked = articles.filter((a) => a.id.startsWith('budget-'));
      const r = await addDocuments(own, items(picked), {
        config: { workers: 0 },
        compare: (a, b) => { if (a.name === 'budget-verbatim' || b.name === 'budget-verbatim') throw new Error('engine hiccup'); return compare(a, b); },
      });
      assert.equal(r.added, 3);
      assert.ok(r.warnings >= 1 && r.warningMessages.some((w) => /not verified against .*engine hiccup/.test(w.reason)));
      assert.ok((await own.edgesOf('budget-original')).some((e) => e.to === 'budget-altered' || e.from === 'budget-altered'));
      assert.equal((await own.counts()).pending, 0);
    } finally { await own.close(); }
  });

  await t.test('should link an exact duplicate instead of storing it twice', async () => {
    const orig = articles.find((a) => a.id === 'drought-original')!;
    const r = await addDocuments(store, items([{ ...orig, id: 'drought-reprint', published: '2025-12-01T00:00:00Z', text: `  ${orig.text.replace(/\n\n/g, '\n \n')}  ` }]), { config: { workers: 0 } });
    assert.equal(r.duplicates, 1);
    assert.equal((await store.getDocument('drought-reprint'))?.duplicateOf, 'drought-original');
    const f = await findById(store, 'drought-reprint');
    assert.deepEqual(f.matches.map((m) => [m.id, m.relation, m.direction]), [['drought-original', 'duplicate', 'match->query']]);
    const { clusters } = await buildClusters(store);
    const c = clusters.find((x) => x.members.includes('drought-reprint'));
    assert.equal(c?.origin, 'drought-original');
  });
});
