/**
 * @module
 * Worker thread body of the compare pool: runs the engine on each message and posts the result as JSON text (or
 * the error's name, code and message) back with the job id. Warms the engine up in the background at start.
 */
import { parentPort } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import { DocumentCache } from '../core/document-cache.js';
import type { CompareOptions, DocumentInput } from '../core/types.js';
import { warmUp } from './warm-up.js';

/** A job sent to the worker. */
export interface CompareJob { id: number; a: DocumentInput; b: DocumentInput; options: CompareOptions }

/** Users compare one article against several, and story edges share their documents: analyse each once. */
const documents = new DocumentCache();

parentPort?.on('message', (job: CompareJob) => {
  try {
    parentPort!.postMessage({ id: job.id, json: JSON.stringify(compare(job.a, job.b, job.options, documents)) });
  } catch (e) {
    const err = e as Error & { code?: string };
    parentPort!.postMessage({ id: job.id, error: { name: err.name, message: err.message, code: err.code } });
  }
});

// In the background: jobs that arrive meanwhile are served between warm-up comparisons.
void warmUp();
