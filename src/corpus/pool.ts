/**
 * @module
 * A small pool of worker threads running src/corpus/worker.ts, one task at a time each, fed from
 * a queue. From the built package the worker is dist/corpus/worker.js; when the sources run
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

/** A fixed-size pool of corpus workers. */
export class WorkerPool {
  readonly size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, { id: number; job: Pending }>();
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
      const w = spawn(setup);
      w.unref();
      w.on('message', (reply: WorkerReply) => this.#done(w, reply));
      w.on('error', (e) => this.#fail(w, e));
      w.on('exit', (code) => { if (!this.#closed) this.#fail(w, new Error(`corpus worker exited with code ${code}`)); });
      this.#idle.push(w);
    }
  }

  /**
   * Runs a task on the next free worker.
   * @returns the worker's answer
   */
  run<T>(task: WorkerTask): Promise<T> {
    if (this.#closed) return Promise.reject(new CopytraceError('internal', 'corpus worker pool is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ task, resolve: resolve as (v: unknown) => void, reject });
      this.#pump();
    });
  }

  /** Tasks waiting or running. */
  get load(): number {
    return this.#queue.length + this.#busy.size;
  }

  /** Stops every worker; tasks not finished are rejected. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const j of this.#queue.splice(0)) j.reject(new CopytraceError('internal', 'corpus worker pool closed'));
    const all = [...this.#idle, ...this.#busy.keys()];
    for (const { job } of this.#busy.values()) job.reject(new CopytraceError('internal', 'corpus worker pool closed'));
    this.#busy.clear();
    this.#idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  #pump(): void {
    while (this.#idle.length && this.#queue.length) {
      const w = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      const id = this.#next++;
      this.#busy.set(w, { id, job });
      w.ref();
      w.postMessage({ id, task: job.task });
    }
  }

  #done(w: Worker, reply: WorkerReply): void {
    const b = this.#busy.get(w);
    if (!b || b.id !== reply.id) return;
    this.#busy.delete(w);
    w.unref();
    this.#idle.push(w);
    if (reply.ok) b.job.resolve(reply.value);
    else {
      const code = reply.error.code;
      b.job.reject(code && code in ERROR_CODES ? new CopytraceError(code as ErrorCode, reply.error.message) : new Error(reply.error.message));
    }
    this.#pump();
  }

  #fail(w: Worker, e: Error): void {
    const b = this.#busy.get(w);
    this.#busy.delete(w);
    const i = this.#idle.indexOf(w);
    if (i >= 0) this.#idle.splice(i, 1);
    const err = new CopytraceError('internal', `corpus worker failed: ${e.message}`, { cause: e });
    b?.job.reject(err);
    if (this.#idle.length === 0 && this.#busy.size === 0) {
      for (const j of this.#queue.splice(0)) j.reject(err);
    }
  }
}
