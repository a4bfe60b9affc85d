/**
 * @module
 * The server's compare() workers on the shared thread pool: comparisons run in parallel on every
 * core, the event loop stays free for other requests, and a comparison that runs past its time
 * limit is stopped (503 `compare.timeout`; its worker is replaced). Each worker holds 2 jobs, so it
 * starts the next as soon as it finishes one, and answers with the result already serialized: this
 * thread forwards a string rather than cloning an object graph and stringifying it again. Size 0
 * runs compare in-process (no time limit).
 */
import { compare } from '../core/compare.js';
import type { CompareOptions, DocumentInput } from '../core/types.js';
import { ThreadPool, startWorker } from '../threads/thread-pool.js';
import type { CompareJob } from './compare-worker.js';
import { HttpError } from './http-errors.js';

/** Jobs given to one worker at a time (one running, one waiting in its port). */
const DEPTH = 2;

/** Runs compare() on a fixed number of worker threads, queueing the rest in arrival order. */
export class ComparePool {
  readonly #pool: ThreadPool | undefined;

  /**
   * @param size worker threads (0: run in-process)
   * @param timeoutMs longest one comparison may run in a worker
   * @param maxQueue comparisons allowed to wait; past it new ones get 503 `server.busy`
   */
  constructor(readonly size: number, readonly timeoutMs: number, readonly maxQueue = 256) {
    this.#pool = size > 0 ? new ThreadPool({ size, depth: DEPTH, name: 'compare worker', start: () => startWorker(import.meta.url, 'compare-worker') }) : undefined;
  }

  /**
   * Compares a and b, resolving with the result as `copytrace.compare/1` JSON text; rejects with 503
   * `compare.timeout` past the time limit (the pool's, or `timeoutMs`).
   */
  json(a: DocumentInput, b: DocumentInput, options: CompareOptions, timeoutMs = this.timeoutMs): Promise<string> {
    const pool = this.#pool;
    if (!pool) return Promise.resolve().then(() => JSON.stringify(compare(a, b, options)));
    if (pool.queued >= this.maxQueue) {
      return Promise.reject(new HttpError(503, 'server.busy', `${pool.queued} comparisons are already waiting; try again shortly`));
    }
    const job: CompareJob = { a, b, options };
    return pool.run<string>(job, {
      timeoutMs,
      onTimeout: () => new HttpError(503, 'compare.timeout', `the comparison took longer than ${timeoutMs / 1000} s and was stopped`),
    });
  }

  /**
   * Starts every worker now (each warms the engine up in the background, see warm-up.ts), so that
   * the first requests find them ready. No-op for an in-process pool.
   */
  warm(): void {
    this.#pool?.startAll();
  }

  /** Terminates every worker; queued and running comparisons are rejected. */
  async close(): Promise<void> {
    await this.#pool?.close();
  }
}
