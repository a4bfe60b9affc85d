/**
 * @module
 * find: the documents a given one derives from and those derived from it (`copytrace.find/1`).
 * For a stored id the answer comes from the stored edges and duplicate links; for a document not
 * in the corpus, its candidates are searched and verified on the spot, and nothing is written.
 */
import type { FindMatch, FindResult } from '../api-types.js';
import { CopytraceError } from '../errors.js';
import type { IngestDocument } from '../ingest/types.js';
import type { Edge, Store } from '../store/store.js';
import type { Relation } from '../core/types.js';
import { toNewDocument } from './add.js';
import { resolveCorpusConfig, type CorpusConfigOverrides } from './config.js';
import { createEngine, type EngineOptions } from './engine.js';
import { QUERY_KEY } from './linker.js';
import { corpusFingerprintConfig } from './settings.js';

export type { FindMatch, FindResult } from '../api-types.js';

/** Options of the find functions. */
export interface FindOptions extends EngineOptions {
  /** At most this many matches (default all). */
  limit?: number;
  config?: CorpusConfigOverrides;
}

const DERIVED = new Set(['duplicate', 'derived', 'partially-derived']);

/** Contract order: derived relations by score, then `related` ones by score. */
export function sortMatches(matches: FindMatch[]): FindMatch[] {
  return matches.sort((a, b) => Number(DERIVED.has(b.relation)) - Number(DERIVED.has(a.relation)) || b.score - a.score || (a.id < b.id ? -1 : 1));
}

function duplicateMatch(id: string, query: { published?: string }, other: { published?: string }): FindMatch {
  const tq = query.published ? Date.parse(query.published) : NaN;
  const tm = other.published ? Date.parse(other.published) : NaN;
  const direction = tq < tm ? 'query->match' : tm < tq ? 'match->query' : 'unknown';
  return { id, relation: 'duplicate', direction, score: 1, coverage: { query: 1, match: 1 }, ...(direction !== 'unknown' ? { basis: 'published' } : { basis: 'none' }) };
}

/**
 * Matches of a stored document.
 * @param store the corpus
 * @param id the document id
 * @throws CopytraceError `store.not-found` when the id is not in the corpus
 */
export async function findById(store: Store, id: string, options: FindOptions = {}): Promise<FindResult> {
  const doc = await store.getDocument(id);
  if (!doc) throw new CopytraceError('store.not-found', `${id}: no such document in the corpus`);
  const canonical = doc.duplicateOf ?? id;
  const matches: FindMatch[] = [];
  for (const e of await store.edgesOf(canonical)) {
    const mine = e.from === canonical;
    const other = mine ? e.to : e.from;
    const direction = e.direction === 'unknown' ? 'unknown' : mine ? 'query->match' : 'match->query';
    const m: FindMatch = { id: other, relation: e.relation, direction, score: e.score, coverage: { query: mine ? e.coverage.from : e.coverage.to, match: mine ? e.coverage.to : e.coverage.from }, basis: e.basis };
    if (e.style) m.style = e.style;
    matches.push(m);
  }
  for (const dupId of [canonical, ...(await store.duplicatesOf(canonical))]) {
    if (dupId === id) continue;
    const other = await store.getDocument(dupId);
    if (other) matches.push(duplicateMatch(dupId, doc, other));
  }
  sortMatches(matches);
  return { schema: 'copytrace.find/1', query: id, matches: options.limit !== undefined ? matches.slice(0, options.limit) : matches };
}

/**
 * Matches of a document that is not in the corpus: searched and verified now, nothing stored.
 * @param store the corpus
 * @param doc the document (as read by src/ingest)
 * @param name what the answer calls the query (the path given)
 */
export async function findByDocument(store: Store, doc: IngestDocument, name: string, options: FindOptions = {}): Promise<FindResult> {
  const config = resolveCorpusConfig({ ...options.config, workers: options.config?.workers ?? 0 });
  config.fingerprint = await corpusFingerprintConfig(store, config.fingerprint, options.config?.fingerprint !== undefined);
  const engine = createEngine(store, config, options);
  const nd = toNewDocument(doc);
  const matches: FindMatch[] = [];
  const twin = await store.findByHash(nd.hash);
  try {
    if (twin) {
      for (const dupId of [twin.id, ...(await store.duplicatesOf(twin.id))]) {
        const other = dupId === twin.id ? twin : await store.getDocument(dupId);
        if (other) matches.push(duplicateMatch(dupId, nd, other));
      }
    }
    const fp = await engine.fingerprint(nd.text);
    const documents = (await store.counts()).documents;
    const verified = await engine.link({ id: name, text: nd.text, ...(nd.published ? { published: nd.published } : {}) }, fp, documents);
    for (const v of verified) {
      if (!v.edge || v.id === twin?.id) continue;
      const queryIsFrom = v.edge.from === QUERY_KEY;
      const direction = v.edge.direction === 'unknown' ? 'unknown' : queryIsFrom ? 'query->match' : 'match->query';
      const m: FindMatch = {
        id: v.id, relation: v.edge.relation, direction, score: v.edge.score, basis: v.edge.basis,
        coverage: { query: queryIsFrom ? v.edge.coverage.from : v.edge.coverage.to, match: queryIsFrom ? v.edge.coverage.to : v.edge.coverage.from },
      };
      if (v.edge.style) m.style = v.edge.style;
      matches.push(m);
    }
  } finally {
    await engine.close();
  }
  sortMatches(matches);
  return { schema: 'copytrace.find/1', query: name, matches: options.limit !== undefined ? matches.slice(0, options.limit) : matches };
}
