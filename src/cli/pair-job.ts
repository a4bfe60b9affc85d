/**
 * @module
 * One `compare --pairs` job: read both documents and compare them. Runs in a worker thread
 * (pairs-worker.ts) or in-process (`--jobs 1`); never throws, every failure becomes an error outcome.
 */
import { compare } from '../core/compare.js';
import { DocumentCache } from '../core/document-cache.js';
import type { CompareResult } from '../core/types.js';
import { isCopytraceError } from '../errors.js';
import { readDocument } from '../io/read-document.js';

/** What to compare and under which limits. */
export interface PairJob {
  /** Paths (resolved) or URLs to read. */
  a: string;
  b: string;
  /** Names to report (the specs as written in the pairs file). */
  nameA: string;
  nameB: string;
  maxBytes: number;
  timeoutMs: number;
  withText: boolean;
}

/** The result of a job: the contract object, or an error with its code. */
export type PairOutcome =
  | { ok: true; result: CompareResult; warnings: string[] }
  | { ok: false; error: { code: string; message: string } };

/**
 * A job's outcome as printed and as sent between threads: the result already serialized, so a
 * worker hands the main thread a string to write rather than an object graph to copy and stringify.
 */
export type PairReport =
  | { ok: true; json: string; warnings: string[] }
  | { ok: false; error: { code: string; message: string } };

/** Converts anything thrown into the `{code, message}` of an error line. */
export function errorOf(e: unknown): { code: string; message: string } {
  if (isCopytraceError(e)) return { code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', message: `internal error: ${message.split('\n')[0]}` };
}

/** A pairs file often pairs one source with each of its copies: analyse each document once per thread. */
const documents = new DocumentCache();

/** Reads both documents of a pair and compares them. */
export async function runPairJob(job: PairJob): Promise<PairOutcome> {
  try {
    const opts = { maxBytes: job.maxBytes, timeoutMs: job.timeoutMs, allowPrivate: true };
    const [da, db] = await Promise.all([readDocument(job.a, opts), readDocument(job.b, opts)]);
    const result = await compare(
      { text: da.text, name: job.nameA, ...(da.published ? { published: da.published } : {}) },
      { text: db.text, name: job.nameB, ...(db.published ? { published: db.published } : {}) },
      { withText: job.withText },
      documents,
    );
    return { ok: true, result, warnings: [...da.warnings, ...db.warnings] };
  } catch (e) {
    return { ok: false, error: errorOf(e) };
  }
}

/** Runs a job and serializes its result (see {@link PairReport}). */
export async function runPairReport(job: PairJob): Promise<PairReport> {
  const outcome = await runPairJob(job);
  return outcome.ok ? { ok: true, json: JSON.stringify(outcome.result), warnings: outcome.warnings } : outcome;
}
