/**
 * @module
 * The corpus operations the server needs beyond plain store reads: add documents, find a
 * document's sources and copies, and group the corpus into clusters. Kept behind one interface so
 * tests can pass their own and so the routes do not depend on how src/corpus is laid out.
 */
import type { ClustersResult, FindResult } from '../api-types.js';
import type { Store } from '../store/store.js';
import type { IngestDocument } from '../ingest/types.js';

/** What `add` did; `skipped` indices refer to the documents passed in. */
export interface AddSummary {
  added: number;
  /** Same id already in the corpus: nothing changed. */
  existing: number;
  /** Same text as a stored document: linked to it under the new id. */
  duplicates: number;
  skipped: { index: number; error: string }[];
}

/** What the routes call on the corpus. */
export interface CorpusOps {
  /** Ingests documents (already read from JSONL-shaped objects) and links them to the corpus. */
  add(docs: IngestDocument[]): Promise<AddSummary>;
  /** Sources and copies of a stored document. */
  find(id: string, limit: number): Promise<FindResult>;
  /** Reuse clusters of the whole corpus. */
  clusters(): Promise<ClustersResult>;
}
