/**
 * @module
 * Worker thread entry: fingerprints texts and links documents (candidate search in its own
 * read-only store connection, verification with the compare engine), so both cores work while the
 * main thread reads input and writes to the store. Started by src/corpus/pool.ts.
 */
import { workerData } from 'node:worker_threads';
import { compare } from '../core/compare.js';
import { DocumentCache } from '../core/document-cache.js';
import { fingerprint, type DocumentFingerprint } from '../core/fingerprint/fingerprint.js';
import type { ResolvedFingerprintConfig } from '../core/fingerprint/config.js';
import { openStore } from '../store/open.js';
import { serveTasks } from '../threads/thread-worker.js';
import type { Store } from '../store/store.js';
import type { SearchConfig } from './config.js';
import type { CompareFn } from './lineage.js';
import { linkDocument, type LinkSubject } from './linker.js';

/** Data every worker starts with. */
export interface WorkerSetup {
  fingerprint: ResolvedFingerprintConfig;
  search: SearchConfig;
  /** URL of a module exporting `compare` to use instead of the engine's (tests). */
  compareModule?: string;
}

/** A task sent to a worker. */
export type WorkerTask =
  | { type: 'fingerprint'; texts: string[] }
  | { type: 'link'; store: string; documents: number; subject: LinkSubject; fp: DocumentFingerprint };

const setup = workerData as WorkerSetup;
const stores = new Map<string, Store>();
let comparePromise: Promise<CompareFn> | undefined;
/** A subject is verified against each of its candidates, and popular sources recur: analyse each once. */
const documents = new DocumentCache();

function compareFn(): Promise<CompareFn> {
  comparePromise ??= setup.compareModule
    ? import(setup.compareModule).then((m: { compare: CompareFn }) => m.compare)
    : Promise.resolve<CompareFn>((a, b) => compare(a, b, { verdictOnly: true }, documents));
  return comparePromise;
}

async function run(task: WorkerTask): Promise<unknown> {
  if (task.type === 'fingerprint') return task.texts.map((t) => fingerprint(t, setup.fingerprint));
  let store = stores.get(task.store);
  if (!store) { store = openStore(task.store, { readonly: true }); stores.set(task.store, store); }
  const verified = await linkDocument(task.subject, task.fp, { store, search: setup.search, compare: await compareFn(), documents: task.documents });
  return verified.map((v) => ({ ...v, result: { ...v.result, alignments: [], changes: [] } }));
}

serveTasks<WorkerTask>(run);
