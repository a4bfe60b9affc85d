/**
 * @module
 * `corpus-scale`: a 100,000-document synthetic corpus (`COPYTRACE_BENCH_CORPUS_DOCS`), built by
 * fingerprinting on the worker threads and writing in batches. Measures `find` latency (p95) for a
 * stored id, the candidate search alone, and a full query of a file not in the corpus (candidate
 * search plus verification by compare); and the database size against the raw text. Beside them,
 * a plain in-memory MinHash LSH over word 5-grams on the same corpus: query p95 and how many of
 * the query copies it proposes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprint, fingerprintSets, type DocumentFingerprint } from '../../src/core/fingerprint/fingerprint.js';
import { findCandidates } from '../../src/corpus/candidates.js';
import { resolveCorpusConfig } from '../../src/corpus/config.js';
import { findByDocument, findById } from '../../src/corpus/find.js';
import { startCorpusPool } from '../../src/corpus/pool.js';
import { contentHash } from '../../src/ingest/content-id.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { deriveCopy, prng } from '../../eval/lib/derive-copies.js';
import { metric, type Task } from '../../eval/lib/harness.js';
import { MinHashLshBaseline } from '../../eval/lib/minhash-baseline.js';
import { syntheticDocs, type SyntheticDoc } from '../lib/synthetic.js';

const DOCS = Number(process.env['COPYTRACE_BENCH_CORPUS_DOCS'] ?? 100_000);
/** Documents written per transaction while building. */
const BATCH = 500;
/** Queries of each kind. */
const QUERIES = 200;

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
}

/** The corpus-scale bench. */
export const task: Task = {
  name: 'corpus-scale',
  description: `find latency and database size on a ${DOCS.toLocaleString('en')}-document synthetic corpus, MinHash LSH baseline beside`,
  async run(ctx) {
    const dir = mkdtempSync(join(tmpdir(), 'copytrace-bench-scale-'));
    const config = resolveCorpusConfig();
    const pool = startCorpusPool(config.workers || 1, { fingerprint: config.fingerprint, search: config.search });
    try {
      const file = join(dir, 'scale.db');
      const store = openSqliteStore({ file });
      const baseline = new MinHashLshBaseline();
      const kept: SyntheticDoc[] = [];
      let raw = 0;
      let n = 0;
      const t0 = performance.now();
      let batch: SyntheticDoc[] = [];
      const flush = async () => {
        const fps = await Promise.all(batch.map((d) => pool.run<DocumentFingerprint[]>({ type: 'fingerprint', texts: [d.text] }).then((r) => r[0]!)));
        const results = await store.putDocuments(batch.map((d, i) => ({ doc: { id: d.id, text: d.text, hash: contentHash(d.text), published: d.published }, fingerprints: fingerprintSets(fps[i]!) })));
        await store.putEdgeBatch(results.flatMap((r) => (r.status === 'added' ? [{ key: r.key, edges: [] }] : [])));
        batch = [];
      };
      for (const d of syntheticDocs(DOCS, { seed: 7, copyShare: 0 })) {
        raw += Buffer.byteLength(d.text);
        baseline.add(n++, d.text);
        if (n % Math.max(1, Math.floor(DOCS / QUERIES)) === 0) kept.push(d);
        batch.push(d);
        if (batch.length >= BATCH) await flush();
      }
      if (batch.length) await flush();
      const buildSeconds = (performance.now() - t0) / 1000;
      ctx.note(`built ${n} documents (${(raw / 1e6).toFixed(0)} MB of text) in ${buildSeconds.toFixed(0)} s`);

      const rand = prng(99);
      const byId: number[] = [];
      for (const d of kept) { const s = performance.now(); await findById(store, d.id); byId.push(performance.now() - s); }
      const documents = (await store.counts()).documents;
      const copies = kept.map((d, i) => ({ id: `query-${i}`, text: deriveCopy(d.text, i % 2 ? 'paraphrased' : 'trimmed', rand), source: d.id }));
      const cand: number[] = [];
      let found = 0;
      for (const q of copies) {
        const s = performance.now();
        const c = await findCandidates(store, fingerprint(q.text, config.fingerprint), { documents }, config.search);
        cand.push(performance.now() - s);
        const src = await store.getDocument(q.source);
        if (src && c.some((x) => x.key === src.key)) found++;
      }
      const full: number[] = [];
      for (const q of copies.slice(0, 50)) { const s = performance.now(); await findByDocument(store, { id: q.id, text: q.text, origin: q.id }, q.id); full.push(performance.now() - s); }
      const base: number[] = [];
      let baseFound = 0;
      const idIndex = new Map(kept.map((d) => [d.id, Number(d.id.slice(4))]));
      copies.forEach((q, i) => {
        const s = performance.now();
        const hit = baseline.add(-1 - i, q.text);
        base.push(performance.now() - s);
        if (hit.has(idIndex.get(q.source)!)) baseFound++;
      });
      await store.close();
      const size = statSync(file).size;
      return [
        metric('find p95, stored id', p95(byId), '< 50', 'ms'),
        metric('find p95, candidate search for a new document', p95(cand), '< 50', 'ms'),
        metric('find p95, new document incl. verification (50 queries)', p95(full), undefined, 'ms'),
        metric('candidates include the source (paraphrased and trimmed copies)', found / copies.length),
        metric('database size / raw text', size / raw, '< 3', 'x'),
        metric('baseline MinHash LSH query p95 (in memory)', p95(base), undefined, 'ms'),
        metric('baseline: source proposed for the copies', baseFound / copies.length),
      ];
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
