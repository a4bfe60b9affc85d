/**
 * @module
 * A small pool of worker threads for compare(): comparisons run in parallel on every core, the
 * event loop stays free for other requests, and a comparison that runs past its time limit is
 * stopped (its worker terminated and replaced). Size 0 runs compare in-process (no time limit).
 */
import { Worker } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import type { CompareOptions, CompareResult, DocumentInput } from '../core/types.js';
import { CopytraceError } from '../errors.js';
import { HttpError } from './http-errors.js';

interface Pending { resolve: (r: CompareResult) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
interface Slot { worker: Worker; busy: Pending | undefined; jobId: number }
interface Queued { a: DocumentInput; b: DocumentInput; options: CompareOptions; timeoutMs: number; pending: Omit<Pending, 'timer'> }

/** Starts a worker on compare-worker (.js when built; .ts through tsx's loader when run from source). */
function spawn(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = new URL(`./compare-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(file);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(file.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/** Runs compare() on a fixed number of worker threads, queueing the rest in arrival order. */
export class ComparePool {
  readonly #slots: Slot[] = [];
  readonly #queue: Queued[] = [];
  #next = 1;
  #closed = false;
  /** Where the search for an idle worker starts, so that work one request at a time rotates over them. */
  #turn = 0;

  /**
   * @param size worker threads (0: run in-process)
   * @param timeoutMs longest one comparison may run in a worker
   * @param maxQueue comparisons allowed to wait; past it new ones get 503 `server.busy`
   */
  constructor(readonly size: number, readonly timeoutMs: number, readonly maxQueue = 256) {}

  /** Compares a and b; rejects with 503 `compare.timeout` past the time limit (the pool's, or `timeoutMs`). */
  run(a: DocumentInput, b: DocumentInput, options: CompareOptions, timeoutMs = this.timeoutMs): Promise<CompareResult> {
    if (this.size <= 0) return Promise.resolve().then(() => compare(a, b, options));
    if (this.#closed) return Promise.reject(new CopytraceError('internal', 'the compare pool is closed'));
    if (this.#queue.length >= this.maxQueue) {
      return Promise.reject(new HttpError(503, 'server.busy', `${this.#queue.length} comparisons are already waiting; try again shortly`));
    }
    return new Promise<CompareResult>((resolve, reject) => {
      this.#queue.push({ a, b, options, timeoutMs, pending: { resolve, reject } });
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

  /** Terminates every worker; queued comparisons are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const q of this.#queue.splice(0)) q.pending.reject(new CopytraceError('internal', 'server shutting down'));
    await Promise.all(this.#slots.splice(0).map((s) => s.worker.terminate()));
  }

  #slot(): Slot | undefined {
    const n = this.#slots.length;
    for (let k = 0; k < n; k++) {
      const slot = this.#slots[(this.#turn + k) % n]!;
      if (!slot.busy) {
        this.#turn = (this.#turn + k + 1) % n;
        return slot;
      }
    }
    return n < this.size ? this.#add() : undefined;
  }

  #add(): Slot {
    const slot: Slot = { worker: spawn(), busy: undefined, jobId: 0 };
    this.#listen(slot);
    this.#slots.push(slot);
    return slot;
  }

  #listen(slot: Slot): void {
    slot.worker.unref(); // an idle pool never keeps the process alive
    slot.worker.on('message', (m: { id: number; result?: CompareResult; error?: { name: string; message: string; code?: string } }) => {
      const p = slot.busy;
      if (!p || m.id !== slot.jobId) return;
      this.#finish(slot);
      if (m.result) p.resolve(m.result);
      else if (m.error?.name === 'CopytraceError' && m.error.code) p.reject(new CopytraceError(m.error.code as never, m.error.message));
      else p.reject(new Error(m.error?.message ?? 'compare failed'));
    });
    slot.worker.on('error', (e) => this.#replace(slot, e));
  }

  #finish(slot: Slot): void {
    if (slot.busy) clearTimeout(slot.busy.timer);
    slot.busy = undefined;
    slot.worker.unref();
    this.#pump();
  }

  #replace(slot: Slot, why: Error): void {
    const p = slot.busy;
    slot.busy = undefined;
    if (p) { clearTimeout(p.timer); p.reject(why); }
    void slot.worker.terminate();
    const i = this.#slots.indexOf(slot);
    if (i >= 0) this.#slots.splice(i, 1);
    this.#pump();
  }

  #pump(): void {
    while (this.#queue.length && !this.#closed) {
      const slot = this.#slot();
      if (!slot) return;
      const job = this.#queue.shift()!;
      const id = this.#next++;
      const timer = setTimeout(() => this.#replace(slot, new HttpError(503, 'compare.timeout', `the comparison took longer than ${job.timeoutMs / 1000} s and was stopped`)), job.timeoutMs);
      slot.busy = { ...job.pending, timer };
      slot.jobId = id;
      slot.worker.ref();
      slot.worker.postMessage({ id, a: job.a, b: job.b, options: job.options });
    }
  }
}
