/**
 * @module
 * Runs a child process and times it: milliseconds to the first byte on stdout (what a user waits
 * for) and to exit.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../eval/lib/paths.js';
import { SkipError } from '../../eval/lib/harness.js';

/** The outcome of one timed run. */
export interface TimedRun {
  /** ms from spawn to the first stdout byte (NaN when there was none). */
  firstOutputMs: number;
  totalMs: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node ...args` in the repo and times it; `prefix` is a command to run node under (e.g. taskset). */
export function timedNode(args: string[], opts: { keepStdout?: boolean; prefix?: string[] } = {}): Promise<TimedRun> {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    let first = NaN;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const [cmd, ...rest] = [...(opts.prefix ?? []), process.execPath, ...args];
    const child = spawn(cmd!, rest, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => {
      if (Number.isNaN(first)) first = performance.now() - t0;
      if (opts.keepStdout !== false) out.push(d);
    });
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({
      firstOutputMs: first, totalMs: performance.now() - t0, code,
      stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'),
    }));
  });
}

/** The CLI launcher; skips the calling task until the CLI is built (bin/copytrace.js loads dist/cli/main.js). */
export function cliPath(): string {
  const bin = join(REPO, 'bin', 'copytrace.js');
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new SkipError('dist/cli/main.js not built yet: run `npm run build` (the CLI times what is built)');
  return bin;
}

/** The first line of a failed run's stderr, for a one-line error. */
export function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}
