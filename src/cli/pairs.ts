/**
 * @module
 * `compare --pairs FILE.jsonl`: each line `{"a": PATH-OR-URL, "b": PATH-OR-URL}`; prints one JSON
 * result a line, in input order, as soon as each is ready. A bad line or a failed pair prints
 * `{"line": N, "error": {"code", "message"}}` and the rest still run. `jobs` pairs are compared at
 * once: one on this thread, the others on `jobs - 1` worker threads (this thread would otherwise only
 * wait, while a worker costs a start-up of its own).
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CopytraceError } from '../errors.js';
import { isUrlSpec } from '../io/read-document.js';
import type { OutStream } from './context.js';
import { runPairReport, type PairJob, type PairReport } from './pair-job.js';
import { WorkerPool } from './worker-pool.js';

/** Jobs waiting or running per job slot before reading further lines (bounds memory on big files);
 * more than a worker's own queue (worker-pool.ts), so that this thread has jobs of its own too. */
const IN_FLIGHT_PER_JOB = 8;

/** Options for {@link runPairs}. */
export interface PairsOptions {
  file: string;
  jobs: number;
  maxBytes: number;
  timeoutMs: number;
  withText: boolean;
  cwd: string;
  stderr: OutStream;
  /** Receives each output line (with its newline), in order. */
  emit(line: string): Promise<void>;
  warn(message: string): void;
}

/** Counts of a batch run. */
export interface PairsSummary {
  total: number;
  failed: number;
}

type Parsed = { ok: true; a: string; b: string } | { ok: false; error: { code: string; message: string } };

/** Validates one line of the pairs file. */
export function parsePairLine(text: string, file: string, line: number): Parsed {
  const bad = (message: string): Parsed => ({ ok: false, error: { code: 'input.invalid', message: `${file}:${line}: ${message}` } });
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return bad('not valid JSON');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return bad('expected an object {"a": ..., "b": ...}');
  const o = v as Record<string, unknown>;
  for (const k of ['a', 'b'] as const) {
    if (typeof o[k] !== 'string' || (o[k] as string).trim() === '') return bad(`"${k}" must be a non-empty string (a path or URL)`);
    if (o[k] === '-') return bad(`"${k}": stdin (-) cannot be used in a pairs file`);
  }
  return { ok: true, a: o['a'] as string, b: o['b'] as string };
}

/** A path from the pairs file: as given (relative to cwd) if it exists, else relative to the pairs file. */
function locate(spec: string, cwd: string, baseDir: string): string {
  if (isUrlSpec(spec) || isAbsolute(spec)) return spec;
  const fromCwd = resolve(cwd, spec);
  if (existsSync(fromCwd)) return fromCwd;
  const fromFile = resolve(baseDir, spec);
  return existsSync(fromFile) ? fromFile : spec;
}

/**
 * Runs every pair of `file`. Throws only for the pairs file itself (missing, directory);
 * per-line failures become error lines.
 */
export async function runPairs(opts: PairsOptions): Promise<PairsSummary> {
  let info;
  try {
    info = await stat(opts.file);
  } catch {
    throw new CopytraceError('input.missing', `${opts.file}: no such file`);
  }
  if (info.isDirectory()) throw new CopytraceError('input.invalid', `${opts.file}: is a directory, not a JSON Lines file`);
  const baseDir = dirname(resolve(opts.cwd, opts.file));
  const pool = opts.jobs > 1 ? new WorkerPool(opts.jobs - 1, opts.stderr) : undefined;
  const lanes = new Lanes(pool);

  const pending = new Map<number, string>();
  let nextToEmit = 0;
  let seq = 0;
  let inFlight = 0;
  const summary: PairsSummary = { total: 0, failed: 0 };
  let waiter: (() => void) | undefined;
  let emitting = Promise.resolve();

  const settle = (n: number, line: number, outcome: PairReport): void => {
    if (outcome.ok) {
      for (const w of outcome.warnings) opts.warn(`line ${line}: ${w}`);
      pending.set(n, `${outcome.json}\n`);
    } else {
      summary.failed++;
      pending.set(n, `${JSON.stringify({ line, error: outcome.error })}\n`);
    }
    // Emit everything now in order; chain writes so they never interleave.
    while (pending.has(nextToEmit)) {
      const text = pending.get(nextToEmit)!;
      pending.delete(nextToEmit);
      nextToEmit++;
      emitting = emitting.then(() => opts.emit(text));
    }
  };

  try {
    const rl = createInterface({ input: createReadStream(opts.file), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const raw of rl) {
      lineNo++;
      const text = raw.replace(/^\uFEFF/, '');
      if (text.trim() === '') continue;
      const n = seq++;
      const line = lineNo;
      summary.total++;
      const parsed = parsePairLine(text, opts.file, line);
      if (!parsed.ok) {
        settle(n, line, parsed);
        continue;
      }
      const job: PairJob = {
        a: locate(parsed.a, opts.cwd, baseDir),
        b: locate(parsed.b, opts.cwd, baseDir),
        nameA: parsed.a,
        nameB: parsed.b,
        maxBytes: opts.maxBytes,
        timeoutMs: opts.timeoutMs,
        withText: opts.withText,
      };
      inFlight++;
      void lanes.run(job).then((outcome) => {
        inFlight--;
        settle(n, line, outcome);
        waiter?.();
      });
      while (inFlight >= Math.max(1, opts.jobs) * IN_FLIGHT_PER_JOB) await new Promise<void>((r) => (waiter = r));
    }
    while (inFlight > 0) await new Promise<void>((r) => (waiter = r));
    await emitting;
  } finally {
    await pool?.close();
  }
  return summary;
}

/**
 * Hands jobs to the workers while they have room, and runs one at a time on this thread. Each job
 * done here starts on its own turn of the event loop, so that worker answers and output are handled
 * in between.
 */
class Lanes {
  private readonly queue: Array<{ job: PairJob; resolve: (r: PairReport) => void }> = [];
  private busy = false;

  constructor(private readonly pool: WorkerPool | undefined) {}

  run(job: PairJob): Promise<PairReport> {
    return new Promise<PairReport>((resolve) => {
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  private dispatch(): void {
    this.feedPool();
    if (this.busy || this.queue.length === 0) return;
    this.busy = true;
    // This thread's next job starts on a later turn of the event loop, never straight from a
    // promise callback: the workers' answers (and with them room for more work) are only seen
    // there. Reading a file and comparing are synchronous, so a chain of jobs run from callbacks
    // would keep this thread busy while the workers sit idle.
    setImmediate(() => {
      this.feedPool();
      const q = this.queue.shift();
      if (!q) {
        this.busy = false;
        return;
      }
      void runPairReport(q.job).then((r) => {
        this.busy = false;
        q.resolve(r);
        this.dispatch();
      });
    });
  }

  /** Hands queued jobs to the workers while they have room. */
  private feedPool(): void {
    while (this.pool && this.queue.length > 0 && this.pool.hasRoom()) {
      const q = this.queue.shift()!;
      void this.pool.run(q.job).then((r) => {
        q.resolve(r);
        this.dispatch();
      });
    }
  }
}
