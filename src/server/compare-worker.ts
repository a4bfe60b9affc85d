/**
 * @module
 * Worker thread body of the compare pool: runs the engine on each message and posts the result (or
 * the error's name, code and message) back with the job id. Warms the engine up once at start.
 */
import { parentPort } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import type { CompareOptions, DocumentInput } from '../core/types.js';
import { warmUp } from './warm-up.js';

/** A job sent to the worker. */
export interface CompareJob { id: number; a: DocumentInput; b: DocumentInput; options: CompareOptions }

parentPort?.on('message', (job: CompareJob) => {
  try {
    parentPort!.postMessage({ id: job.id, result: compare(job.a, job.b, job.options) });
  } catch (e) {
    const err = e as Error & { code?: string };
    parentPort!.postMessage({ id: job.id, error: { name: err.name, message: err.message, code: err.code } });
  }
});

// Before the first job (jobs posted meanwhile wait in the port): the first comparisons in a thread
// are the slow ones, and a request should not be the one to pay for them.
try {
  warmUp();
} catch {
  // a failed warm-up only costs speed; the jobs report their own errors
}
