import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from './app.js';

const A = 'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.';
const B = 'The Harlow council approved a budget of 15 million pounds on Monday. The mayor said the vote was not close.';

function webRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ct-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>copytrace</title><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

const root = webRoot();
test.after(() => rmSync(root, { recursive: true, force: true }));
const app = createApp({ webRoot: root });

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(typeof body.error.code, 'string');
  assert.equal(typeof body.error.message, 'string');
  return body.error;
}

test('GET /api/health answers ok with a document count', async () => {
  const res = await app.request('/api/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true, documents: 0, readOnly: false, store: false });
});

test('every response carries a strict CSP and nosniff', async () => {
  for (const path of ['/api/health', '/', '/api/nope']) {
    const res = await app.request(path, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/, path);
    assert.match(csp, /default-src 'none'/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
  }
});

test('POST /api/compare returns copytrace.compare/1', async () => {
  const res = await post('/api/compare', { a: { text: A }, b: { text: B } });
  assert.equal(res.status, 200);
  const r = (await res.json()) as Record<string, any>;
  assert.equal(r.schema, 'copytrace.compare/1');
  assert.equal(r.a.chars, A.length);
  assert.equal(r.b.chars, B.length);
  assert.ok(Array.isArray(r.alignments) && Array.isArray(r.changes));
  assert.equal(r.a.text, undefined, 'text only on request');
  const withText = (await (await post('/api/compare', { a: { text: A }, b: { text: B }, withText: true })).json()) as Record<string, any>;
  assert.equal(withText.a.text, A);
  assert.equal(withText.b.text, B);
});

test('POST /api/report.html is the self-contained report, as a download', async () => {
  const res = await post('/api/report.html', { a: { text: A, name: 'first <b>draft</b>' }, b: { text: B } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(res.headers.get('content-disposition') ?? '', /^attachment/);
  const html = await res.text();
  assert.match(html, /^<!DOCTYPE html>/);
  assert.ok(!html.includes('first <b>draft</b>'), 'names are escaped');
  assert.ok(html.includes('12 million'));
});

test('bad compare bodies are 400 with a JSON error', async () => {
  const cases: [unknown, RegExp][] = [
    ['{"a": ', /not valid JSON/],
    ['', /empty/],
    [[1, 2], /JSON object/],
    [{ a: { text: A } }, /^b /],
    [{ a: { text: A, url: 'http://example.org/' }, b: { text: B } }, /exactly one/],
    [{ a: { text: 42 }, b: { text: B } }, /a\.text must be a string/],
    [{ a: { text: '   ' }, b: { text: B } }, /a\.text is empty/],
  ];
  for (const [body, message] of cases) {
    const res = await post('/api/compare', body);
    assert.equal(res.status, 400, JSON.stringify(body));
    assert.match((await errorOf(res)).message, message);
  }
});

test('ids need a corpus: 503 store.unavailable without one', async () => {
  const res = await post('/api/compare', { a: { id: 'x' }, b: { text: B } });
  assert.equal(res.status, 503);
  assert.equal((await errorOf(res)).code, 'store.unavailable');
  for (const path of ['/api/clusters', '/api/search?q=x', '/api/documents/x', '/api/documents/x/matches']) {
    assert.equal((await app.request(path)).status, 503, path);
  }
});

test('writes must be JSON from this origin', async () => {
  const res = await app.request('/api/compare', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ a: { text: A }, b: { text: B } }) });
  assert.equal(res.status, 415);
  assert.equal((await errorOf(res)).code, 'input.content-type');
  const cross = await post('/api/compare', { a: { text: A }, b: { text: B } }, { origin: 'https://evil.example' });
  assert.equal(cross.status, 403);
  assert.equal((await errorOf(cross)).code, 'request.cross-origin');
  const same = await post('http://localhost/api/compare', { a: { text: A }, b: { text: B } }, { origin: 'http://localhost' });
  assert.equal(same.status, 200);
});

test('oversized bodies get 413, with or without Content-Length', async () => {
  const small = createApp({ webRoot: root, limits: { compareBodyBytes: 1000 } });
  const big = JSON.stringify({ a: { text: 'x'.repeat(5000) }, b: { text: B } });
  const withLength = await small.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big });
  assert.equal(withLength.status, 413);
  assert.equal((await errorOf(withLength)).code, 'input.too-large');
  const bytes = new TextEncoder().encode(big);
  const stream = new ReadableStream<Uint8Array>({
    start(ctl) { for (let i = 0; i < bytes.length; i += 512) ctl.enqueue(bytes.slice(i, i + 512)); ctl.close(); },
  });
  const chunked = await small.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
  assert.equal(chunked.status, 413);
  assert.equal((await errorOf(chunked)).code, 'input.too-large');
});

test('a document longer than the compare limit is 413', async () => {
  const small = createApp({ webRoot: root, limits: { compareChars: 50 } });
  const res = await small.request('/api/compare', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ a: { text: A }, b: { text: B } }) });
  assert.equal(res.status, 413);
  assert.match((await errorOf(res)).message, /more than the 50/);
});

test('unknown API routes are 404 JSON, wrong methods 405', async () => {
  const res = await app.request('/api/nope');
  assert.equal(res.status, 404);
  assert.equal((await errorOf(res)).code, 'route.not-found');
  const wrong = await app.request('/api/compare');
  assert.equal(wrong.status, 405);
  assert.equal((await errorOf(wrong)).code, 'http.method-not-allowed');
});

test('the UI is served with an SPA fallback; missing files are 404', async () => {
  const index = await app.request('/', { headers: { accept: 'text/html' } });
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<title>copytrace<\/title>/);
  const deep = await app.request('/stories/123', { headers: { accept: 'text/html' } });
  assert.equal(deep.status, 200);
  assert.match(deep.headers.get('content-type') ?? '', /text\/html/);
  const asset = await app.request('/assets/app.js');
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
  assert.equal((await app.request('/assets/missing.js')).status, 404);
  assert.equal((await app.request('/../package.json')).status, 404);
});

test('GET /api/openapi.json describes every route (OpenAPI 3.1)', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  assert.equal(doc.openapi, '3.1.0');
  const want: [string, string][] = [
    ['/api/health', 'get'], ['/api/compare', 'post'], ['/api/documents', 'post'], ['/api/documents/{id}', 'get'],
    ['/api/documents/{id}/matches', 'get'], ['/api/clusters', 'get'], ['/api/search', 'get'], ['/api/openapi.json', 'get'],
    ['/api/report.html', 'post'], ['/api/clusters/{id}', 'get'],
  ];
  for (const [path, method] of want) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
});

test('a Host header outside allowedHosts is refused (DNS rebinding)', async () => {
  const guarded = createApp({ webRoot: root, allowedHosts: ['127.0.0.1', 'localhost'] });
  assert.equal((await guarded.request('http://127.0.0.1:8080/api/health')).status, 200);
  const res = await guarded.request('http://rebound.example:8080/api/health');
  assert.equal(res.status, 421);
  assert.equal((await errorOf(res)).code, 'request.bad-host');
});
