/**
 * @module
 * The corpus's compute side behind one interface: fingerprinting and linking either on worker
 * threads (both cores; the store is a shared file) or in the calling thread (`workers: 0`, an
 * in-memory store, or a compare function injected by a test).
 */
import { compare } from '../core/compare.js';
import { DocumentCache } from '../core/document-cache.js';
import { fingerprint, type DocumentFingerprint } from '../core/fingerprint/fingerprint.js';
import { isShareable } from '../store/open.js';
import type { Store } from '../store/store.js';
import type { CorpusConfig } from './config.js';
import type { CompareFn } from './lineage.js';
import { linkDocument, type LinkSubject, type Verified } from './linker.js';
import { startCorpusPool } from './pool.js';
import type { WorkerTask } from './worker.js';

/** Fingerprints and links documents. */
export interface CorpusEngine {
  fingerprint(text: string): Promise<DocumentFingerprint>;
  /** Verified candidates of `subject` among documents older than it (or all, for a query). */
  link(subject: LinkSubject, fp: DocumentFingerprint, documents: number): Promise<Verified[]>;
  close(): Promise<void>;
}

/** How to build an engine. */
export interface EngineOptions {
  /** The store spec workers open read-only; absent or `:memory:` keeps all work in this thread. */
  storeSpec?: string;
  /** A compare function for this thread (tests); forces in-thread work unless `compareModule` is also given. */
  compare?: CompareFn;
  /** URL of a module exporting `compare`, for the workers (tests). */
  compareModule?: string;
}

/**
 * Builds the engine the config and store allow.
 * @param store the corpus store (used directly in-thread)
 * @param config corpus config
 * @param o store spec and compare overrides
 */
export function createEngine(store: Store, config: CorpusConfig, o: EngineOptions = {}): CorpusEngine {
  const inThread = config.workers === 0 || !o.storeSpec || !isShareable(o.storeSpec) || (o.compare !== undefined && o.compareModule === undefined);
  if (inThread) {
    const documents = new DocumentCache();
    return localEngine(store, config, o.compare ?? ((a, b) => compare(a, b, { verdictOnly: true }, documents)));
  }
  const pool = startCorpusPool(config.workers, { fingerprint: config.fingerprint, search: config.search, ...(o.compareModule ? { compareModule: o.compareModule } : {}) });
  const spec = o.storeSpec!;
  return {
    fingerprint: async (text) => (await pool.run<DocumentFingerprint[]>({ type: 'fingerprint', texts: [text] } satisfies WorkerTask))[0]!,
    link: (subject, fp, documents) => pool.run<Verified[]>({ type: 'link', store: spec, documents, subject, fp } satisfies WorkerTask),
    close: () => pool.close(),
  };
}

function localEngine(store: Store, config: CorpusConfig, compare: CompareFn): CorpusEngine {
  return {
    fingerprint: async (text) => fingerprint(text, config.fingerprint),
    link: (subject, fp, documents) => linkDocument(subject, fp, { store, search: config.search, compare, documents }),
    close: async () => {},
  };
}
