/**
 * @module
 * Child process of the `stream-memory` bench: streams N synthetic documents (argv[2]) into a fresh
 * corpus through `add`'s pipeline, or through the in-memory MinHash LSH baseline (argv[3] ===
 * 'baseline'), sampling the resident set size as it goes, and prints JSON: documents, seconds, peak
 * RSS and the RSS at each tenth of the run (flat means bounded). Run through tsx.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDocuments } from '../../src/corpus/add.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { MinHashLshBaseline } from '../../eval/lib/minhash-baseline.js';
import { asItems } from './corpus-docs.js';
import { syntheticDocs } from './synthetic.js';

const n = Number(process.argv[2] ?? '10000');
const mode = process.argv[3] ?? 'copytrace';
const mb = () => process.memoryUsage.rss() / 1048576;
let peak = mb();
const tenths: number[] = [];
let done = 0;
const timer = setInterval(() => { peak = Math.max(peak, mb()); }, 250);
const mark = (count: number) => { while (tenths.length < Math.floor((count / n) * 10)) tenths.push(Math.round(mb())); };
const t0 = performance.now();
if (mode === 'baseline') {
  const lsh = new MinHashLshBaseline();
  let i = 0;
  for (const d of syntheticDocs(n)) { lsh.add(i++, d.text); if (i % 1000 === 0) { peak = Math.max(peak, mb()); mark(i); await new Promise((r) => setImmediate(r)); } }
  done = i;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-bench-stream-'));
  const file = join(dir, 'stream.db');
  const store = openSqliteStore({ file });
  const s = await addDocuments(store, asItems(syntheticDocs(n)), { storeSpec: file, onProgress: (p) => { if (p.read % 1000 === 0) mark(p.read); } });
  done = s.added + s.duplicates;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
mark(n);
clearInterval(timer);
peak = Math.max(peak, mb(), process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ mode, documents: done, seconds: (performance.now() - t0) / 1000, peakRssMB: Math.round(peak), tenthsMB: tenths })}\n`);
