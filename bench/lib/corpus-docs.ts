/**
 * @module
 * Shared pieces of the corpus benches: synthetic documents as an ingest stream, and the recall of
 * copy links in a store.
 */
import { derivedEdges } from '../../src/corpus/clusters.js';
import type { IngestItem } from '../../src/ingest/types.js';
import type { Store } from '../../src/store/store.js';
import type { SyntheticDoc } from './synthetic.js';

/** Synthetic documents as ingest items. */
export async function* asItems(docs: Iterable<SyntheticDoc>): AsyncGenerator<IngestItem> {
  for (const d of docs) yield { type: 'document', doc: { id: d.id, text: d.text, published: d.published, origin: d.id } };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/**
 * Share of copies linked to their source by a derived edge or an exact-duplicate link.
 * @param store the corpus
 * @param copies copy id -> source id
 */
export async function copyRecall(store: Store, copies: ReadonlyMap<string, string>): Promise<number> {
  if (copies.size === 0) return 1;
  const found = new Set<string>();
  for (const e of await derivedEdges(store)) found.add(pairKey(e.from, e.to));
  let hits = 0;
  for (const [copy, source] of copies) if (found.has(pairKey(copy, source))) hits++;
  return hits / copies.size;
}
