/**
 * @module
 * Worker-thread entry for `compare --pairs`: receives `{id, job}`, answers `{id, outcome}` with the
 * result serialized (a PairReport). A job may arrive while another is being read; the comparisons
 * themselves run one after another.
 * Spawned by worker-pool.ts from dist/ (compiled .js), or from src/ under tsx in tests.
 */
import { parentPort } from 'node:worker_threads';
import { runPairReport, type PairJob } from './pair-job.js';

parentPort?.on('message', (msg: { id: number; job: PairJob }) => {
  void runPairReport(msg.job).then((outcome) => parentPort?.postMessage({ id: msg.id, outcome }));
});
