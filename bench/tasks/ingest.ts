/**
 * @module
 * `ingest`: documents per second through `add`'s pipeline (fingerprints on the worker threads,
 * batched writes, candidate search and verification of every candidate), on ~500-word synthetic
 * articles of which 10% copy an earlier one. Beside it, a plain in-memory MinHash LSH over word
 * 5-grams on the same documents: its indexing speed (no verification, no storage) and the share
 * of copies it even proposes as candidates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDocuments } from '../../src/corpus/add.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { metric, type Task } from '../../eval/lib/harness.js';
import { MinHashLshBaseline } from '../../eval/lib/minhash-baseline.js';
import { asItems, copyRecall } from '../lib/corpus-docs.js';
import { syntheticDocs } from '../lib/synthetic.js';

/** Documents ingested (`COPYTRACE_BENCH_INGEST_DOCS`). */
const DOCS = Number(process.env['COPYTRACE_BENCH_INGEST_DOCS'] ?? 5000);

/** The ingest bench. */
export const task: Task = {
  name: 'ingest',
  description: `add ${DOCS} synthetic ~500-word articles (10% copies) with verification; MinHash LSH baseline beside it`,
  async run(ctx) {
    const docs = [...syntheticDocs(DOCS)];
    const copies = new Map(docs.filter((d) => d.copyOf).map((d) => [d.id, d.copyOf!]));
    const dir = mkdtempSync(join(tmpdir(), 'copytrace-bench-ingest-'));
    try {
      const file = join(dir, 'ingest.db');
      const store = openSqliteStore({ file });
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const s = await addDocuments(store, asItems(docs), { storeSpec: file });
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const recall = await copyRecall(store, copies);
      await store.close();
      ctx.note(`${s.added} added, ${s.duplicates} duplicates, relations ${JSON.stringify(s.relations)}, ${seconds.toFixed(1)} s`);

      const baseline = new MinHashLshBaseline();
      const proposed = new Set<string>();
      const index = new Map(docs.map((d, i) => [d.id, i]));
      const tb = performance.now();
      docs.forEach((d, i) => { for (const j of baseline.add(i, d.text)) proposed.add(`${j} ${i}`); });
      const baselineSeconds = (performance.now() - tb) / 1000;
      let baselineHits = 0;
      for (const [copy, source] of copies) if (proposed.has(`${index.get(source)} ${index.get(copy)}`)) baselineHits++;
      return [
        metric('ingest incl. verification', docs.length / seconds, '>= 500', 'docs/s'),
        metric('CPU per document, all threads (2 cores: 4 ms is 500 docs/s)', (cpu.user + cpu.system) / 1000 / docs.length, undefined, 'ms'),
        metric('copies linked to their source', recall, '>= 0.95'),
        metric('baseline MinHash LSH indexing (no verification, in memory)', docs.length / baselineSeconds, undefined, 'docs/s'),
        metric('baseline: copies even proposed as candidates', copies.size ? baselineHits / copies.size : 1),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
