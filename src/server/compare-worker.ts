/**
 * @module
 * Worker thread body of the compare pool: each task is a CompareJob, answered with the result as
 * JSON text. Warms the engine up in the background at start.
 */
import { compare } from '../core/compare.js';
import { DocumentCache } from '../core/document-cache.js';
import type { CompareOptions, DocumentInput } from '../core/types.js';
import { serveTasks } from '../threads/thread-worker.js';
import { warmUp } from './warm-up.js';

/** A job sent to the worker. */
export interface CompareJob { a: DocumentInput; b: DocumentInput; options: CompareOptions }

/** Users compare one article against several, and story edges share their documents: analyse each once. */
const documents = new DocumentCache();

serveTasks<CompareJob>((job) => JSON.stringify(compare(job.a, job.b, job.options, documents)));

// In the background: jobs that arrive meanwhile are served between warm-up comparisons.
void warmUp();
