/**
 * @module
 * Worker-thread entry for `compare --pairs`: each task is a PairJob, answered with its PairReport
 * (the result already serialized). Started by worker-pool.ts from dist/ (compiled .js), or from
 * src/ under tsx in tests.
 */
import { serveTasks } from '../threads/thread-worker.js';
import { runPairReport, type PairJob } from './pair-job.js';

serveTasks<PairJob>(runPairReport);
