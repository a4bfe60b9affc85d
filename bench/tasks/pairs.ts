/**
 * @module
 * `pairs`: batch throughput of `copytrace compare --pairs FILE --json` on ~200 pairs with --jobs 1
 * and --jobs 2, and the speedup between them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { metric, SkipError, type Task } from '../../eval/lib/harness.js';
import { labelledPairs, longPairs } from '../lib/docs.js';
import { cliPath, firstLine, timedNode } from '../lib/spawn.js';

/** Lines in the pairs file. */
const PAIRS = 200;

/** Writes the pair texts to files and a pairs file of absolute paths; returns the pairs file. */
function writePairs(dir: string): string {
  const texts = [...labelledPairs(), ...longPairs()];
  const lines: string[] = [];
  texts.forEach((p, i) => {
    writeFileSync(join(dir, `${i}-a.txt`), p.a);
    writeFileSync(join(dir, `${i}-b.txt`), p.b);
  });
  for (let i = 0; i < PAIRS; i++) {
    const k = i % texts.length;
    lines.push(JSON.stringify({ a: join(dir, `${k}-a.txt`), b: join(dir, `${k}-b.txt`) }));
  }
  const file = join(dir, 'pairs.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function timeJobs(bin: string, file: string, jobs: number): Promise<number> {
  const r = await timedNode([bin, 'compare', '--pairs', file, '--json', '--jobs', String(jobs)]);
  if (r.code === 2 && /unknown|unexpected|--pairs|--jobs|too many arguments|missing required/i.test(r.stderr)) {
    throw new SkipError(`the CLI does not take --pairs/--jobs yet: ${firstLine(r.stderr)}`);
  }
  if (r.code !== 0) throw new Error(`compare --pairs --jobs ${jobs} exited ${r.code}: ${firstLine(r.stderr)}`);
  const results = r.stdout.split('\n').filter((l) => l.trim()).length;
  if (results !== PAIRS) throw new Error(`compare --pairs --jobs ${jobs} printed ${results} results for ${PAIRS} pairs`);
  return r.totalMs;
}

/** The pairs bench. */
export const task: Task = {
  name: 'pairs',
  description: `compare --pairs throughput on ${PAIRS} pairs, --jobs 1 vs --jobs 2`,
  async run(ctx) {
    const bin = cliPath();
    const dir = mkdtempSync(join(tmpdir(), 'copytrace-bench-'));
    try {
      const file = writePairs(dir);
      await timeJobs(bin, file, 1); // warm the file cache
      const one = await timeJobs(bin, file, 1);
      const two = await timeJobs(bin, file, 2);
      const cores = availableParallelism();
      if (cores < 2) ctx.note(`only ${cores} CPU available: no speedup is possible here`);
      return [
        metric('--jobs 1 throughput', (PAIRS * 1000) / one, undefined, 'pairs/s'),
        metric('--jobs 2 throughput', (PAIRS * 1000) / two, undefined, 'pairs/s'),
        metric('speedup jobs 2 / jobs 1', one / two, '>= 1.7', 'x'),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
