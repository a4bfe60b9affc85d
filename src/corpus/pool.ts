/**
 * @module
 * A small pool of worker threads running src/corpus/worker.ts, each holding up to DEPTH tasks,
 * fed from a queue. From the built package the worker is dist/corpus/worker.js; when the sources run
 * through tsx (tests, `npm run eval`), the worker registers tsx first and loads worker.ts.
 */
import { Worker } from 'node:worker_threads';
import { CopytraceError, ERROR_CODES, type ErrorCode } from '../errors.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './worker.js';

interface Pending {
  task: WorkerTask;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

/** How the worker module is started in this build. */
function spawn(setup: WorkerSetup): Worker {
  const self = import.meta.url;
  if (self.endsWith('.js')) return new Worker(new URL('./worker.js', self), { workerData: setup });
  const tsx = import.meta.resolve('tsx/esm/api');
  const target = new URL('./worker.ts', self).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/** Tasks handed to one worker at a time. A worker finishing one starts the next from its own port:
 * this thread spends 100 ms and more at a stretch writing a batch of 256 documents to the store, and
 * workers must have work queued for all of it (tasks take 1 to 2 ms: a fingerprint, a candidate
 * search). Ingest at 5,000 documents: 32 tasks gave 480-520 docs/s, 128 gave 530-570, 512 gave
 * 540-610. The queue is bounded anyway by the ingest window (config.window documents in flight). */
const DEPTH = 256;

interface Slot {
  worker: Worker;
  /** Tasks sent and not yet answered, by id. */
  sent: Map<number, Pending>;
}

/** A fixed-size pool of corpus workers. */
export class WorkerPool {
  readonly size: number;
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #next = 0;
  #closed = false;

  /**
   * Starts `size` workers.
   * @param size number of threads (at least 1)
   * @param setup configs every worker starts with
   */
  constructor(size: number, setup: WorkerSetup) {
    this.size = Math.max(1, size);
    for (let i = 0; i < this.size; i++) {
      const slot: Slot = { worker: spawn(setup), sent: new Map() };
      slot.worker.unref();
      slot.worker.on('message', (reply: WorkerReply) => this.#done(slot, reply));
      slot.worker.on('error', (e) => this.#fail(slot, e));
      slot.worker.on('exit', (code) => { if (!this.#closed) this.#fail(slot, new Error(`corpus worker exited with code ${code}`)); });
      this.#slots.push(slot);
    }
  }

  /**
   * Runs a task on the worker with the fewest tasks.
   * @returns the worker's answer
   */
  run<T>(task: WorkerTask): Promise<T> {
    if (this.#closed) return Promise.reject(new CopytraceError('internal', 'corpus worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.#pump();
    });
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    const closed = () => new CopytraceError('internal', 'corpus worker pool closed');
    for (const j of this.#queue.splice(0)) j.reject(closed());
    const slots = this.#slots.splice(0);
    for (const s of slots) { for (const j of s.sent.values()) j.reject(closed()); s.sent.clear(); }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  #pump(): void {
    while (this.#queue.length) {
      let best: Slot | undefined;
      for (const s of this.#slots) if (s.sent.size < DEPTH && (!best || s.sent.size < best.sent.size)) best = s;
      if (!best) return;
      const job = this.#queue.shift()!;
      const id = this.#next++;
      best.sent.set(id, job);
      best.worker.ref();
      best.worker.postMessage({ id, task: job.task });
    }
  }

  #done(slot: Slot, reply: WorkerReply): void {
    const job = slot.sent.get(reply.id);
    if (!job) return;
    slot.sent.delete(reply.id);
    if (slot.sent.size === 0) slot.worker.unref();
    if (reply.ok) job.resolve(reply.value);
    else {
      const code = reply.error.code;
      job.reject(code && code in ERROR_CODES ? new CopytraceError(code as ErrorCode, reply.error.message) : new Error(reply.error.message));
    }
    this.#pump();
  }

  /** A worker died: its tasks fail; with no worker left, so do the queued ones. */
  #fail(slot: Slot, e: Error): void {
    const i = this.#slots.indexOf(slot);
    if (i < 0) return;
    this.#slots.splice(i, 1);
    const err = new CopytraceError('internal', `corpus worker failed: ${e.message}`, { cause: e });
    for (const j of slot.sent.values()) j.reject(err);
    slot.sent.clear();
    if (this.#slots.length === 0) for (const j of this.#queue.splice(0)) j.reject(err);
  }
}
