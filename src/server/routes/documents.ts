/**
 * @module
 * Corpus routes: `POST /api/documents` (ingest, refused under --read-only),
 * `GET /api/documents/:id`, `GET /api/documents/:id/matches` (copytrace.find/1),
 * `GET /api/search?q=` (full text).
 */
import { Hono } from 'hono';
import { CopytraceError } from '../../errors.js';
import type { Store, StoredDocument } from '../../store/store.js';
import type { CorpusOps } from '../corpus-ops.js';
import type { ResolvedOptions } from '../options.js';
import { jsonToDocument } from '../../ingest/jsonl.js';
import type { DocumentView } from '../../api-types.js';
import type { IngestDocument } from '../../ingest/types.js';
import { readJson } from '../validate.js';

/** The public view of a stored document: metadata and text, never store internals or file paths. */
export function documentView(d: StoredDocument): DocumentView {
  return {
    id: d.id,
    ...(d.title ? { title: d.title } : {}), ...(d.url ? { url: d.url } : {}), ...(d.source ? { source: d.source } : {}),
    ...(d.published ? { published: d.published } : {}), ...(d.lang ? { lang: d.lang } : {}),
    chars: d.text.length, added: d.added, ...(d.duplicateOf ? { duplicateOf: d.duplicateOf } : {}), text: d.text,
  };
}

/** The store, or a 503 when the server runs without one. */
export function needStore(o: ResolvedOptions): Store {
  if (!o.store) throw new CopytraceError('store.unavailable', 'no corpus is open (start the server with --db FILE)');
  return o.store;
}

/** Routes over stored documents, mounted under /api. */
export function documentRoutes(o: ResolvedOptions, corpus: () => CorpusOps): Hono {
  const r = new Hono();
  r.post('/documents', async (c, next) => {
    // Refuse before reading a byte of the body.
    if (o.readOnly) throw new CopytraceError('store.read-only', 'this server is read-only: documents cannot be added');
    needStore(o);
    await next();
  }, async (c) => {
    const body = await readJson(c, o.limits.documentsBodyBytes);
    const items = Array.isArray(body) ? body : [body];
    if (items.length > o.limits.documentsPerRequest) {
      throw new CopytraceError('input.too-large', `${items.length} documents in one request; at most ${o.limits.documentsPerRequest}`);
    }
    // Each object is read exactly like a line of `copytrace add x.jsonl`.
    const skipped: { index: number; error: string }[] = [];
    const warnings: { index: number; message: string }[] = [];
    const valid: IngestDocument[] = [];
    const where: number[] = [];
    items.forEach((v, index) => {
      const r = jsonToDocument(v, `request[${index}]`);
      if ('error' in r) { skipped.push({ index, error: r.error }); return; }
      for (const w of r.warnings) warnings.push({ index, message: w });
      valid.push(r.doc);
      where.push(index);
    });
    const res = valid.length ? await corpus().add(valid) : { added: 0, existing: 0, duplicates: 0, skipped: [] };
    for (const s of res.skipped) skipped.push({ index: where[s.index] ?? s.index, error: s.error });
    skipped.sort((x, y) => x.index - y.index);
    c.header('Cache-Control', 'no-store');
    return c.json({ added: res.added, skipped, existing: res.existing, duplicates: res.duplicates, warnings });
  });

  r.get('/documents/:id', async (c) => {
    const id = c.req.param('id');
    const d = await needStore(o).getDocument(id);
    if (!d) throw new CopytraceError('store.not-found', `no document with id ${id}`);
    return c.json(documentView(d));
  });

  r.get('/documents/:id/matches', async (c) => {
    const id = c.req.param('id');
    const store = needStore(o);
    if (!(await store.getDocument(id))) throw new CopytraceError('store.not-found', `no document with id ${id}`);
    const limitParam = Number(c.req.query('limit') ?? 50);
    const lim = Number.isInteger(limitParam) && limitParam > 0 ? Math.min(limitParam, 500) : 50;
    const found = await corpus().find(id, lim);
    // Titles and outlets help the UI; added fields, the contract's ones unchanged.
    const docs = await Promise.all(found.matches.map((m) => store.getDocument(m.id)));
    return c.json({
      ...found,
      matches: found.matches.map((m, i) => {
        const d = docs[i];
        return { ...m, ...(d?.title ? { title: d.title } : {}), ...(d?.source ? { source: d.source } : {}), ...(d?.published ? { published: d.published } : {}) };
      }),
    });
  });

  r.get('/search', async (c) => {
    const q = (c.req.query('q') ?? '').trim();
    if (!q) throw new CopytraceError('input.invalid', 'the search needs words: /api/search?q=...');
    if (q.length > o.limits.queryChars) throw new CopytraceError('input.invalid', `the query is longer than ${o.limits.queryChars} characters`);
    const store = needStore(o);
    const hits = await store.search(q, o.limits.searchResults);
    const docs = await Promise.all(hits.map((h) => store.getDocument(h.id)));
    return c.json({
      results: hits.map((h, i) => {
        const d = docs[i];
        return { id: h.id, title: h.title, snippet: h.snippet, ...(d?.source ? { source: d.source } : {}), ...(d?.published ? { published: d.published } : {}) };
      }),
    });
  });
  return r;
}
