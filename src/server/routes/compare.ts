/**
 * @module
 * `POST /api/compare` (copytrace.compare/1) and `POST /api/report.html` (the self-contained HTML
 * report of the same comparison). Each side is pasted text, an http(s) URL fetched under the SSRF
 * guard, or the id of a stored document.
 */
import { Hono, type Context } from 'hono';
import type { CompareResult, DocumentInput } from '../../core/types.js';
import { CopytraceError } from '../../errors.js';
import { parseHttpUrl } from '../../io/fetch.js';
import { readDocument } from '../../io/read-document.js';
import { renderHtml } from '../../report/html.js';
import { CompareCache } from '../compare-cache.js';
import { ComparePool } from '../compare-pool.js';
import type { ResolvedOptions } from '../options.js';
import { compareBody, readJson, type CompareSideInput } from '../validate.js';

/** Turns one validated side into the engine's input, fetching or loading as needed. */
export async function resolveSide(side: CompareSideInput, where: string, o: ResolvedOptions, signal?: AbortSignal): Promise<DocumentInput> {
  let doc: DocumentInput;
  if (side.kind === 'text') {
    doc = { text: side.text, name: side.name ?? where, ...(side.published ? { published: side.published } : {}) };
  } else if (side.kind === 'url') {
    // Vet first, then hand readDocument the normalised href: it can never be taken for a file path.
    const url = parseHttpUrl(side.url);
    const read = await readDocument(url.href, {
      allowPrivate: o.allowPrivateUrls, maxBytes: o.limits.fetchBytes, timeoutMs: o.limits.fetchTimeoutMs, ...(signal ? { signal } : {}),
    });
    doc = { text: read.text, name: side.url, ...(read.published ? { published: read.published } : {}) };
  } else {
    if (!o.store) throw new CopytraceError('store.unavailable', `${where}: no corpus is open, so ids cannot be compared`);
    const stored = await o.store.getDocument(side.id);
    if (!stored) throw new CopytraceError('store.not-found', `${where}: no document with id ${side.id}`);
    doc = { text: stored.text, name: stored.id, ...(stored.published ? { published: stored.published } : {}) };
  }
  if (doc.text.length > o.limits.compareChars) {
    throw new CopytraceError('input.too-large', `${where}: ${doc.text.length} characters, more than the ${o.limits.compareChars} compare accepts`);
  }
  if (doc.text.trim() === '') throw new CopytraceError('input.empty', `${where}: no text to compare`);
  return doc;
}

/** Runs comparisons for the routes: through the pool, with the result cache in front. */
export interface Comparer {
  /** The `copytrace.compare/1` JSON text for a request body. */
  json(body: unknown, forceText?: boolean): Promise<string>;
}

/** A Comparer over the options' pool (in-process when none) and a cache sized by the limits. */
export function createComparer(o: ResolvedOptions): Comparer {
  const pool = o.pool ?? new ComparePool(0, o.limits.compareTimeoutMs);
  const cache = new CompareCache(o.limits.compareCacheChars);
  return {
    async json(body, forceText = false) {
      const req = compareBody(body);
      const withText = req.withText || forceText;
      const key = cache.key(req.a, req.b, withText);
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      // Both sides at once; when one fails, the other's fetch is cancelled so the error comes back at once.
      const abort = new AbortController();
      const side = (x: CompareSideInput, where: 'a' | 'b') => resolveSide(x, where, o, abort.signal).catch((e: unknown) => { abort.abort(); throw e; });
      const [a, b] = await Promise.all([side(req.a, 'a'), side(req.b, 'b')]);
      const json = await pool.json(a, b, { withText });
      cache.set(key, json);
      return json;
    },
  };
}

/** Routes of comparison, mounted under /api. */
export function compareRoutes(o: ResolvedOptions): Hono {
  const r = new Hono();
  const comparer = createComparer(o);
  const body = (c: Context): Promise<unknown> => readJson(c, o.limits.compareBodyBytes);
  r.post('/compare', async (c) => {
    const json = await comparer.json(await body(c));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', 'application/json; charset=UTF-8');
    return c.body(json);
  });
  // The report is a download: it carries its own CSP (a <meta> with its script's hash) for when
  // it is opened from disk; here it is never rendered (attachment, and this server's strict CSP).
  r.post('/report.html', async (c) => {
    const result = JSON.parse(await comparer.json(await body(c), true)) as CompareResult;
    c.header('Cache-Control', 'no-store');
    c.header('Content-Disposition', 'attachment; filename="copytrace-report.html"');
    c.header('Content-Type', 'text/html; charset=UTF-8');
    return c.body(renderHtml(result, { a: result.a.text ?? '', b: result.b.text ?? '' }));
  });
  return r;
}
