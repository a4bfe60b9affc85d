/**
 * @module
 * The worker threads of `compare --pairs` (pairs-worker.ts) on the shared thread pool. Anything a
 * worker prints goes to stderr, never into the JSON Lines on stdout; a job whose worker fails comes
 * back as an error outcome like any other failed pair.
 */
import { ThreadPool, startWorker } from '../threads/thread-pool.js';
import type { OutStream } from './context.js';
import { errorOf, type PairJob, type PairReport } from './pair-job.js';

/** Jobs handed to one worker at a time: enough that it never runs dry while this thread, which also
 * reads the pairs file and writes every result, is busy with a comparison of its own (2 left the
 * worker idle a tenth of the time; 4 gave 2,400 pairs in 6.0 s instead of 7.4). */
const DEPTH = 4;

/** A fixed-size pool of pair-job workers. */
export class WorkerPool {
  readonly #pool: ThreadPool;

  constructor(size: number, stderr: OutStream) {
    this.#pool = new ThreadPool({
      size, depth: DEPTH, name: 'pairs worker',
      start: () => {
        const worker = startWorker(import.meta.url, 'pairs-worker', { stdout: true, stderr: true });
        worker.stdout.on('data', (d: Buffer) => stderr.write(d.toString()));
        worker.stderr.on('data', (d: Buffer) => stderr.write(d.toString()));
        return worker;
      },
    });
    this.#pool.startAll();
  }

  /** Whether a job given now would be sent to a worker at once. */
  hasRoom(): boolean {
    return this.#pool.hasRoom();
  }

  /** Runs a job on the next worker with room; never rejects. */
  run(job: PairJob): Promise<PairReport> {
    return this.#pool.run<PairReport>(job).catch((e: unknown) => ({ ok: false, error: errorOf(e) }));
  }

  /** Stops all workers. */
  close(): Promise<void> {
    return this.#pool.close();
  }
}
