/**
 * @module
 * `GET /api/clusters` (copytrace.clusters/1) and `GET /api/clusters/:id` (one cluster with its
 * members' metadata, for the story page). Clustering a corpus is not free, so the result is kept
 * until the store's counts change.
 */
import { Hono } from 'hono';
import { CopytraceError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { ClustersResult, DocumentMeta } from '../../api-types.js';
import type { CorpusOps } from '../corpus-ops.js';
import type { ResolvedOptions } from '../options.js';
import { needStore } from './documents.js';

export type { DocumentMeta } from '../../api-types.js';

/** Metadata of the given ids (unknown ids get `{id}` only). */
export async function metaOf(store: Store, ids: string[]): Promise<Record<string, DocumentMeta>> {
  const out: Record<string, DocumentMeta> = {};
  const docs = await Promise.all(ids.map((id) => store.getDocument(id)));
  ids.forEach((id, i) => {
    const d = docs[i];
    const m: DocumentMeta = { id };
    if (d?.title) m.title = d.title;
    if (d?.source) m.source = d.source;
    if (d?.published) m.published = d.published;
    if (d?.url) m.url = d.url;
    out[id] = m;
  });
  return out;
}

/** Routes over clusters, mounted under /api. */
export function clusterRoutes(o: ResolvedOptions, corpus: () => CorpusOps): Hono {
  const r = new Hono();
  let cache: { key: string; value: ClustersResult } | undefined;
  const clusters = async (): Promise<ClustersResult> => {
    const c = await needStore(o).counts();
    const key = `${c.documents}/${c.duplicates}/${c.edges}/${c.pending}`;
    if (cache?.key !== key) cache = { key, value: await corpus().clusters() };
    return cache.value;
  };

  r.get('/clusters', async (c) => {
    const res = await clusters();
    const origins = res.clusters.map((k) => k.origin).filter((x): x is string => Boolean(x));
    return c.json({ ...res, documents: await metaOf(needStore(o), origins) });
  });

  r.get('/clusters/:id', async (c) => {
    const id = c.req.param('id');
    const cluster = (await clusters()).clusters.find((k) => k.id === id);
    if (!cluster) throw new CopytraceError('store.not-found', `no cluster with id ${id}`);
    return c.json({ cluster, documents: await metaOf(needStore(o), cluster.members) });
  });
  return r;
}
