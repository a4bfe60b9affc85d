/**
 * @module
 * The corpus's worker threads (src/corpus/worker.ts: fingerprinting and linking) on the shared
 * thread pool, with the configs every worker starts with.
 */
import { ThreadPool, startWorker } from '../threads/thread-pool.js';
import type { WorkerSetup, WorkerTask } from './worker.js';

/** Tasks handed to one worker at a time. A worker finishing one starts the next from its own port:
 * this thread spends 100 ms and more at a stretch writing a batch of 256 documents to the store, and
 * workers must have work queued for all of it (tasks take 1 to 2 ms: a fingerprint, a candidate
 * search). Ingest at 5,000 documents: 32 tasks gave 480-520 docs/s, 128 gave 530-570, 512 gave
 * 540-610. The queue is bounded anyway by the ingest window (config.window documents in flight). */
const DEPTH = 256;

/** A fixed-size pool of corpus workers. */
export class WorkerPool {
  readonly #pool: ThreadPool;

  /**
   * Starts `size` workers.
   * @param size number of threads (at least 1)
   * @param setup configs every worker starts with
   */
  constructor(size: number, setup: WorkerSetup) {
    this.#pool = new ThreadPool({ size, depth: DEPTH, name: 'corpus worker', start: () => startWorker(import.meta.url, 'worker', { workerData: setup }) });
    this.#pool.startAll();
  }

  /** Threads in the pool. */
  get size(): number {
    return this.#pool.size;
  }

  /**
   * Runs a task on the worker with the fewest tasks.
   * @returns the worker's answer
   */
  run<T>(task: WorkerTask): Promise<T> {
    return this.#pool.run<T>(task);
  }

  /** Stops every worker; tasks not finished are rejected. */
  close(): Promise<void> {
    return this.#pool.close();
  }
}
