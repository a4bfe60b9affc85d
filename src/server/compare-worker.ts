/**
 * @module
 * Worker thread body of the compare pool: runs the engine on each message and posts the result (or
 * the error's name, code and message) back with the job id.
 */
import { parentPort } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import type { CompareOptions, DocumentInput } from '../core/types.js';

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
