/**
 * @module
 * createApp(): the copytrace HTTP API and web UI as a Hono app (Web Request in, Response out), so
 * tests call `app.request()` without a socket and `serve` mounts it on node:http.
 */
import { Hono } from 'hono';
import { CopytraceError } from '../errors.js';
import type { CorpusOps } from './corpus-ops.js';
import { defaultCorpusOps } from './default-corpus.js';
import { errorJson, toErrorResponse } from './http-errors.js';
import { OPENAPI } from './openapi.js';
import { resolveOptions, type AppOptions } from './options.js';
import { compareRoutes } from './routes/compare.js';
import { clusterRoutes } from './routes/clusters.js';
import { documentRoutes } from './routes/documents.js';
import { hostCheck, sameOriginWrites, securityHeaders } from './security.js';
import { defaultWebRoot, mountUi } from './static.js';

/**
 * Builds the app. Routes (see ../shared/CONTRACT.md and /api/openapi.json): health, compare,
 * report.html, documents (add, get, matches), clusters, search, openapi.json; the UI at `/`.
 * @param options store, readOnly, allowPrivateUrls (default false), limits, webRoot, allowedHosts
 */
export function createApp(options: AppOptions = {}): Hono {
  const o = resolveOptions(options);
  let ops: CorpusOps | undefined = o.corpus;
  const corpus = (): CorpusOps => {
    if (ops) return ops;
    if (!o.store) throw new CopytraceError('store.unavailable', 'no corpus is open (start the server with --db FILE)');
    ops = defaultCorpusOps(o.store);
    return ops;
  };

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', hostCheck(o.allowedHosts));
  app.use('/api/*', sameOriginWrites());
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
  });

  app.get('/api/health', async (c) => {
    const documents = o.store ? (await o.store.counts()).documents : 0;
    return c.json({ ok: true, documents, readOnly: o.readOnly, store: Boolean(o.store) });
  });
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.route('/api', compareRoutes(o));
  app.route('/api', documentRoutes(o, corpus));
  app.route('/api', clusterRoutes(o, corpus));
  app.all('/api/*', (c) => {
    const known = app.routes.some((r) => r.path !== '/api/*' && r.method !== 'ALL' && matches(r.path, c.req.path));
    return known
      ? errorJson(c, 405, 'http.method-not-allowed', `${c.req.method} is not allowed on ${c.req.path}`)
      : errorJson(c, 404, 'route.not-found', `no API route ${c.req.method} ${c.req.path}`);
  });

  mountUi(app, o.webRoot ?? defaultWebRoot());
  app.notFound((c) => errorJson(c, 404, 'route.not-found', `nothing at ${c.req.path}`));
  app.onError((err, c) => toErrorResponse(err, c));
  return app;
}

/** True when a route pattern (`/api/documents/:id`) matches a concrete path. */
function matches(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const q = path.split('/');
  if (p.length !== q.length) return false;
  return p.every((seg, i) => seg.startsWith(':') || seg === '*' || seg === q[i]);
}
