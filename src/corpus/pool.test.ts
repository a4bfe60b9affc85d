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
import { resolveCorpusConfig } from './config.js';
import { startCorpusPool } from './pool.js';

const ARTICLES = fileURLToPath(new URL('../../examples/corpus/articles.jsonl', import.meta.url));
const lines = readFileSync(ARTICLES, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published: string });

async function* items(): AsyncGenerator<IngestItem> {
  for (const a of lines) yield { type: 'document', doc: { id: a.id, text: a.text, published: a.published, origin: a.id } };
}

async function edges(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const e of store.edges(['duplicate', 'derived', 'partially-derived', 'related'])) out.push(`${e.from} ${e.to} ${e.relation} ${e.direction}`);
  return out.sort();
}

test('worker pool', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-pool-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  await t.test('should fingerprint on worker threads exactly as in this thread', async () => {
    const config = resolveCorpusConfig();
    const pool = startCorpusPool(2, { fingerprint: config.fingerprint, search: config.search });
    try {
      const { fingerprint } = await import('../core/fingerprint/fingerprint.js');
      const [remote] = await pool.run<unknown[]>({ type: 'fingerprint', texts: [lines[0]!.text] });
      assert.deepEqual(remote, fingerprint(lines[0]!.text, config.fingerprint));
    } finally { await pool.close(); }
  });

  await t.test('should link on two workers to the same edges as in one thread', async () => {
    const a = join(dir, 'threads.db');
    const b = join(dir, 'inline.db');
    const sa = openSqliteStore({ file: a });
    const sb = openSqliteStore({ file: b });
    try {
      const ra = await addDocuments(sa, items(), { storeSpec: a, config: { workers: 2 } });
      await addDocuments(sb, items(), { config: { workers: 0 } });
      assert.equal(ra.added, lines.length);
      assert.deepEqual(await edges(sa), await edges(sb));
    } finally { await sa.close(); await sb.close(); }
  });

  await t.test('should reject the tasks of a closed pool', async () => {
    const config = resolveCorpusConfig();
    const pool = startCorpusPool(1, { fingerprint: config.fingerprint, search: config.search });
    await pool.close();
    await assert.rejects(pool.run({ type: 'fingerprint', texts: ['x'] }), /closed/);
  });
});
