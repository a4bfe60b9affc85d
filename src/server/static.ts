/**
 * @module
 * The built web UI (web/dist): files as they are, hashed assets cached for a year, and every other
 * GET that asks for HTML answered with index.html (the UI routes in the hash, but a reload of any
 * path still lands on the app).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** web/dist of this package, found from this file whether it runs from src/ or dist/. */
export function defaultWebRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', 'web', 'dist');
}

const MISSING_UI = '<!doctype html><meta charset="utf-8"><title>copytrace</title>' +
  '<p>The web UI is not built. Run <code>npm run build</code>; the API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>';

/** Mounts the UI on `app` (after the API routes). */
export function mountUi(app: Hono, webRoot: string): void {
  const hasUi = existsSync(join(webRoot, 'index.html'));
  const cache: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('cache-control')) {
      c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
  };
  if (hasUi) app.use('/*', cache, serveStatic({ root: webRoot }));
  let index: string | undefined;
  app.get('*', (c) => {
    const accept = c.req.header('accept') ?? '';
    if (/\.[a-z0-9]+$/i.test(c.req.path)) return c.notFound(); // a missing file, not a UI path
    if (!accept.includes('text/html') && !accept.includes('*/*')) return c.notFound();
    if (!hasUi) return c.html(MISSING_UI, 200);
    index ??= readFileSync(join(webRoot, 'index.html'), 'utf8');
    c.header('Cache-Control', 'no-cache');
    return c.html(index);
  });
}
