/**
 * @module
 * The corpus's worker threads (src/corpus/worker.ts: fingerprinting and linking) on the shared
 * thread pool, with the configs every worker starts with.
 */
import { ThreadPool, startWorker } from '../threads/thread-pool.js';
import type { WorkerSetup } from './worker.js';

/** Tasks handed to one worker at a time. A worker finishing one starts the next from its own port:
 * this thread spends 100 ms and more at a stretch writing a batch of 256 documents to the store, and
 * workers must have work queued for all of it (tasks take 1 to 2 ms: a fingerprint, a candidate
 * search). Ingest at 5,000 documents: 32 tasks gave 480-520 docs/s, 128 gave 530-570, 512 gave
 * 540-610. The queue is bounded anyway by the ingest window (config.window documents in flight). */
const DEPTH = 256;

/**
 * Starts the corpus's workers; tasks are WorkerTasks (worker.ts).
 * @param size number of threads (at least 1)
 * @param setup configs every worker starts with
 */
export function startCorpusPool(size: number, setup: WorkerSetup): ThreadPool {
  const pool = new ThreadPool({ size, depth: DEPTH, name: 'corpus worker', start: () => startWorker(import.meta.url, 'worker', { workerData: setup }) });
  pool.startAll();
  return pool;
}
