/**
 * @module
 * `stream-memory`: peak resident memory of a process streaming synthetic documents into a corpus
 * (`COPYTRACE_BENCH_STREAM_DOCS`, default 50,000; set 1000000 for the full bar, ~40 minutes), with
 * the RSS at each tenth of the run to show it stays flat. Beside it, the same stream through an
 * in-memory MinHash LSH, whose index grows with the corpus.
 */
import { join } from 'node:path';
import { metric, type Task } from '../../eval/lib/harness.js';
import { REPO } from '../../eval/lib/paths.js';
import { firstLine, timedNode } from '../lib/spawn.js';

const DOCS = Number(process.env['COPYTRACE_BENCH_STREAM_DOCS'] ?? 50_000);
const CHILD = join(REPO, 'bench', 'lib', 'stream-child.ts');

interface ChildResult { documents: number; seconds: number; peakRssMB: number; tenthsMB: number[] }

async function runChild(mode: string): Promise<ChildResult> {
  const r = await timedNode(['--import', 'tsx', CHILD, String(DOCS), mode]);
  if (r.code !== 0) throw new Error(`stream child (${mode}) exited ${r.code}: ${firstLine(r.stderr)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildResult;
}

/** The stream-memory bench. */
export const task: Task = {
  name: 'stream-memory',
  description: `peak RSS while streaming ${DOCS.toLocaleString('en')} synthetic documents into a corpus (MinHash LSH in memory beside)`,
  async run(ctx) {
    const ours = await runChild('copytrace');
    const base = await runChild('baseline');
    ctx.note(`copytrace RSS by tenth of the run (MB): ${ours.tenthsMB.join(' ')}; ${ours.documents} documents in ${ours.seconds.toFixed(0)} s`);
    ctx.note(`baseline RSS by tenth of the run (MB): ${base.tenthsMB.join(' ')}`);
    return [
      metric(`peak RSS, ${DOCS.toLocaleString('en')} documents streamed`, ours.peakRssMB, '< 1024', 'MB'),
      metric('RSS growth, last tenth over first', (ours.tenthsMB.at(-1) ?? 0) / Math.max(1, ours.tenthsMB[0] ?? 1), undefined, 'x'),
      metric('baseline MinHash LSH in memory, peak RSS', base.peakRssMB, undefined, 'MB'),
    ];
  },
};
