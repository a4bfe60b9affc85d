/**
 * @module
 * Worker-thread entry for `compare --pairs`: receives `{id, job}`, answers `{id, outcome}`.
 * Spawned by worker-pool.ts from dist/ (compiled .js), or from src/ under tsx in tests.
 */
import { parentPort } from 'node:worker_threads';
import { runPairJob, type PairJob } from './pair-job.js';

parentPort?.on('message', (msg: { id: number; job: PairJob }) => {
  void runPairJob(msg.job).then((outcome) => parentPort?.postMessage({ id: msg.id, outcome }));
});
