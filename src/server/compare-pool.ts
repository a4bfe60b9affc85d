/**
 * @module
 * A small pool of worker threads for compare(): comparisons run in parallel on every core, the
 * event loop stays free for other requests, and a comparison that runs past its time limit is
 * stopped (its worker terminated and replaced). Size 0 runs compare in-process (no time limit).
 *
 * Each worker holds up to DEPTH jobs: when it finishes one, the next is already in its port, so it
 * never sits idle waiting for this thread (busy parsing a request) to hand it more work. A worker
 * answers with the result already serialized: this thread forwards a string instead of cloning an
 * object graph and stringifying it again.
 */
import { Worker } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import type { CompareOptions, CompareResult, DocumentInput } from '../core/types.js';
import { CopytraceError } from '../errors.js';
import { HttpError } from './http-errors.js';

/** Jobs given to one worker at a time (one running, the rest waiting in its port). */
const DEPTH = 2;

interface Queued {
  a: DocumentInput;
  b: DocumentInput;
  options: CompareOptions;
  timeoutMs: number;
  resolve: (json: string) => void;
  reject: (e: Error) => void;
}
/** A job handed to a worker; its timer runs only while it is the worker's current job. */
interface Sent extends Queued { id: number; timer?: NodeJS.Timeout }
interface Slot { worker: Worker; jobs: Sent[] }
/** What a worker posts back (compare-worker.ts). */
interface Reply { id: number; json?: string; error?: { name: string; message: string; code?: string } }

/** Starts a worker on compare-worker (.js when built; .ts through tsx's loader when run from source). */
function spawn(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = new URL(`./compare-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(file);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(file.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/** The error a worker reported, as the error type it was thrown as. */
function errorOf(e: NonNullable<Reply['error']>): Error {
  return e.name === 'CopytraceError' && e.code ? new CopytraceError(e.code as never, e.message) : new Error(e.message || 'compare failed');
}

/** Runs compare() on a fixed number of worker threads, queueing the rest in arrival order. */
export class ComparePool {
  readonly #slots: Slot[] = [];
  readonly #queue: Queued[] = [];
  #next = 1;
  #closed = false;

  /**
   * @param size worker threads (0: run in-process)
   * @param timeoutMs longest one comparison may run in a worker
   * @param maxQueue comparisons allowed to wait; past it new ones get 503 `server.busy`
   */
  constructor(readonly size: number, readonly timeoutMs: number, readonly maxQueue = 256) {}

  /** Compares a and b; rejects with 503 `compare.timeout` past the time limit (the pool's, or `timeoutMs`). */
  async run(a: DocumentInput, b: DocumentInput, options: CompareOptions, timeoutMs = this.timeoutMs): Promise<CompareResult> {
    return JSON.parse(await this.json(a, b, options, timeoutMs)) as CompareResult;
  }

  /** Like {@link run}, but resolves with the result as `copytrace.compare/1` JSON text. */
  json(a: DocumentInput, b: DocumentInput, options: CompareOptions, timeoutMs = this.timeoutMs): Promise<string> {
    if (this.size <= 0) return Promise.resolve().then(() => JSON.stringify(compare(a, b, options)));
    if (this.#closed) return Promise.reject(new CopytraceError('internal', 'the compare pool is closed'));
    if (this.#queue.length >= this.maxQueue) {
      return Promise.reject(new HttpError(503, 'server.busy', `${this.#queue.length} comparisons are already waiting; try again shortly`));
    }
    return new Promise<string>((resolve, reject) => {
      this.#queue.push({ a, b, options, timeoutMs, resolve, reject });
      this.#pump();
    });
  }

  /**
   * Starts every worker now (each warms the engine up before taking jobs, see warm-up.ts), so that
   * the first requests find them ready. No-op for an in-process pool.
   */
  warm(): void {
    while (!this.#closed && this.#slots.length < this.size) this.#add();
  }

  /** Terminates every worker; queued and running comparisons are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const down = () => new CopytraceError('internal', 'server shutting down');
    for (const q of this.#queue.splice(0)) q.reject(down());
    const slots = this.#slots.splice(0);
    for (const s of slots) for (const j of s.jobs.splice(0)) { clearTimeout(j.timer); j.reject(down()); }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** The worker with the fewest jobs, if one has room (starting a new worker while below size). */
  #slot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.#slots) if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
    if (best?.jobs.length === 0 || this.#slots.length >= this.size) return best;
    return this.#add();
  }

  #add(): Slot {
    const slot: Slot = { worker: spawn(), jobs: [] };
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on('message', (m: Reply) => this.#answer(slot, m));
    slot.worker.on('error', (e) => this.#replace(slot, e));
    this.#slots.push(slot);
    return slot;
  }

  /** A worker's reply to its current job: settle it, start the next one's clock, hand out more. */
  #answer(slot: Slot, m: Reply): void {
    const job = slot.jobs[0];
    if (!job || job.id !== m.id) return;
    slot.jobs.shift();
    clearTimeout(job.timer);
    this.#startClock(slot);
    if (m.json !== undefined) job.resolve(m.json);
    else job.reject(errorOf(m.error ?? { name: 'Error', message: 'compare failed' }));
    this.#pump();
  }

  /** Starts the time limit of the worker's current job (the one it is now running). */
  #startClock(slot: Slot): void {
    const head = slot.jobs[0];
    if (head === undefined) { slot.worker.unref(); return; }
    if (head.timer !== undefined) return;
    head.timer = setTimeout(() => {
      this.#replace(slot, new HttpError(503, 'compare.timeout', `the comparison took longer than ${head.timeoutMs / 1000} s and was stopped`));
    }, head.timeoutMs);
  }

  /** Stops a worker that failed or ran out of time: its current job fails, the ones waiting behind it are queued again. */
  #replace(slot: Slot, why: Error): void {
    const [head, ...waiting] = slot.jobs.splice(0);
    if (head) { clearTimeout(head.timer); head.reject(why); }
    for (const j of waiting.reverse()) { clearTimeout(j.timer); this.#queue.unshift(j); }
    void slot.worker.terminate();
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length && !this.#closed) {
      const slot = this.#slot();
      if (!slot) return;
      const q = this.#queue.shift()!;
      const job: Sent = { a: q.a, b: q.b, options: q.options, timeoutMs: q.timeoutMs, resolve: q.resolve, reject: q.reject, id: this.#next++ };
      slot.jobs.push(job);
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, a: job.a, b: job.b, options: job.options });
      this.#startClock(slot);
    }
  }
}
