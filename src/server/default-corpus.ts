/**
 * @module
 * The corpus operations over a Store, all from src/corpus: addDocuments (fingerprints, storage,
 * verification of candidates, edges), findById (copytrace.find/1) and buildClusters
 * (copytrace.clusters/1). Documents added through the API are linked in the request's thread:
 * requests are small batches (the UI sends 100 documents at a time).
 */
import { addDocuments } from '../corpus/add.js';
import { buildClusters } from '../corpus/clusters.js';
import { findById } from '../corpus/find.js';
import type { IngestDocument, IngestItem } from '../ingest/types.js';
import type { Store } from '../store/store.js';
import type { AddSummary, CorpusOps } from './corpus-ops.js';

/** Adds documents through src/corpus, mapping its skip reports back to indices into `docs`. */
export async function addThroughCorpus(store: Store, docs: IngestDocument[]): Promise<AddSummary> {
  const index = new Map<string, number>();
  async function* items(): AsyncGenerator<IngestItem> {
    for (let i = 0; i < docs.length; i++) {
      const origin = `request[${i}]`;
      index.set(origin, i);
      yield { type: 'document', doc: { ...docs[i]!, origin } };
    }
  }
  const s = await addDocuments(store, items(), { config: { workers: 0 } });
  return {
    added: s.added, existing: s.existing, duplicates: s.duplicates,
    skipped: s.skips.map((k) => ({ index: index.get(k.origin) ?? -1, error: k.reason })),
  };
}

/** The corpus operations over `store`. */
export function defaultCorpusOps(store: Store): CorpusOps {
  return {
    add: (docs) => addThroughCorpus(store, docs),
    find: (id, limit) => findById(store, id, { limit }),
    clusters: () => buildClusters(store),
  };
}
