/**
 * @module
 * Loads a JSONL corpus into a fresh SQLite store for the browser tests, through the real pipeline
 * (src/ingest readJsonl -> src/corpus addDocuments: fingerprints, verification, edges).
 */
import { addDocuments } from '../../src/corpus/add.js';
import { readJsonl } from '../../src/ingest/jsonl.js';
import { openStore } from '../../src/store/open.js';

/** Creates `db` and fills it from the JSONL file `jsonl`; returns how many documents went in. */
export async function seedCorpus(db: string, jsonl: string): Promise<{ added: number; edges: number }> {
  const store = openStore(db);
  try {
    const s = await addDocuments(store, readJsonl(jsonl), { storeSpec: db });
    return { added: s.added, edges: s.edges };
  } finally {
    await store.close();
  }
}
