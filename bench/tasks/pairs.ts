/**
 * @module
 * `pairs`: batch throughput of `copytrace compare --pairs FILE --json`, on one core (--jobs 1 pinned
 * to one CPU with taskset) and on two (--jobs 2), and the speedup between them. Every document is
 * distinct (a numbered line is appended), so the per-thread cache of analysed documents never helps:
 * this is the engine's own throughput. --jobs 1 unpinned is printed too: V8 compiles and collects
 * garbage on other threads, so even one job uses more than one core.
 * A larger batch is timed once as well, and the speedup on the pairs it has beyond the small one:
 * each thread pays V8's warm-up (interpreted code, then compiling it) of its own, about 1.5 s of
 * CPU, so the small batch's speedup is the warm-up's and the large batch's nearer the steady state.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { metric, SkipError, type Task } from '../../eval/lib/harness.js';
import { labelledPairs, longPairs, quantile } from '../lib/docs.js';
import { cliPath, firstLine, timedNode } from '../lib/spawn.js';

/** Rounds of the three runs; the figures are medians. */
const ROUNDS = 3;
/** Milliseconds as seconds with one decimal. */
const s = (ms: number): string => (ms / 1000).toFixed(1);

/** Lines in the pairs file: enough that both runs last seconds, not the start-up of two threads. */
const PAIRS = Number(process.env["COPYTRACE_BENCH_PAIRS"] ?? 800);
/** Lines in the large batch (its first PAIRS lines are the small one's documents). */
const LARGE_PAIRS = Math.max(PAIRS, Number(process.env["COPYTRACE_BENCH_LARGE_PAIRS"] ?? 3000));

/** Writes `count` pairs' two texts, made distinct, to files and a pairs file of absolute paths; returns the pairs file. */
function writePairs(dir: string, count: number): string {
  const texts = [...labelledPairs(), ...longPairs()];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = texts[i % texts.length]!;
    const a = join(dir, `${i}-a.txt`);
    const b = join(dir, `${i}-b.txt`);
    writeFileSync(a, `${p.a}\n\nRef. ${i}-a.`);
    writeFileSync(b, `${p.b}\n\nRef. ${i}-b.`);
    lines.push(JSON.stringify({ a, b }));
  }
  const file = join(dir, `pairs-${count}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** `taskset -c 0` when it exists (util-linux), to run on one CPU; undefined otherwise. */
function pinToOneCpu(): string[] | undefined {
  try {
    execFileSync('taskset', ['-c', '0', process.execPath, '-e', ''], { stdio: 'ignore' });
    return ['taskset', '-c', '0'];
  } catch {
    return undefined;
  }
}

async function timeJobs(bin: string, file: string, jobs: number, prefix: string[] = [], pairs = PAIRS): Promise<number> {
  const r = await timedNode([bin, 'compare', '--pairs', file, '--json', '--jobs', String(jobs)], { prefix });
  if (r.code === 2 && /unknown|unexpected|--pairs|--jobs|too many arguments|missing required/i.test(r.stderr)) {
    throw new SkipError(`the CLI does not take --pairs/--jobs yet: ${firstLine(r.stderr)}`);
  }
  if (r.code !== 0) throw new Error(`compare --pairs --jobs ${jobs} exited ${r.code}: ${firstLine(r.stderr)}`);
  const results = r.stdout.split('\n').filter((l) => l.trim()).length;
  if (results !== pairs) throw new Error(`compare --pairs --jobs ${jobs} printed ${results} results for ${pairs} pairs`);
  return r.totalMs;
}

/** The pairs bench. */
export const task: Task = {
  name: 'pairs',
  description: `compare --pairs throughput on ${PAIRS} distinct pairs (and once on ${LARGE_PAIRS}), one core vs two`,
  async run(ctx) {
    const bin = cliPath();
    const dir = mkdtempSync(join(tmpdir(), 'copytrace-bench-'));
    try {
      const file = writePairs(dir, PAIRS);
      const large = writePairs(dir, LARGE_PAIRS);
      await timeJobs(bin, file, 1); // warm the file cache
      const cores = availableParallelism();
      if (cores < 2) ctx.note(`only ${cores} CPU available: no speedup is possible here`);
      const pin = pinToOneCpu();
      if (!pin) ctx.note('taskset not found: the one-core figure is --jobs 1 on all cores');
      // interleaved rounds, median of each: single runs on a shared virtual machine vary by 20% and more
      const times: [number[], number[], number[]] = [[], [], []];
      for (let round = 0; round < ROUNDS; round++) {
        times[0].push(await timeJobs(bin, file, 1, pin));
        times[1].push(await timeJobs(bin, file, 1));
        times[2].push(await timeJobs(bin, file, 2));
      }
      const [oneCore, oneJob, two] = times.map((t) => quantile(t, 0.5)) as [number, number, number];
      ctx.note(`runs (s): one core ${times[0].map(s).join(' ')}; two cores --jobs 1 ${times[1].map(s).join(' ')}; --jobs 2 ${times[2].map(s).join(' ')}`);
      const largeOne = await timeJobs(bin, large, 1, pin, LARGE_PAIRS);
      const largeTwo = await timeJobs(bin, large, 2, [], LARGE_PAIRS);
      ctx.note(`${LARGE_PAIRS} pairs (s, one run each): one core ${s(largeOne)}; --jobs 2 ${s(largeTwo)}`);
      return [
        metric('one core, --jobs 1', (PAIRS * 1000) / oneCore, undefined, 'pairs/s'),
        metric('two cores, --jobs 1', (PAIRS * 1000) / oneJob, undefined, 'pairs/s'),
        metric('two cores, --jobs 2', (PAIRS * 1000) / two, undefined, 'pairs/s'),
        metric('speedup two cores / one core', oneCore / two, '>= 1.7', 'x'),
        metric('speedup --jobs 2 / --jobs 1 on two cores', oneJob / two, undefined, 'x'),
        metric(`speedup two cores / one core, ${LARGE_PAIRS} pairs`, largeOne / largeTwo, undefined, 'x'),
        metric(`speedup on pairs ${PAIRS + 1}-${LARGE_PAIRS} (after the warm-up)`, (largeOne - oneCore) / (largeTwo - two), undefined, 'x'),
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
