/**
 * SSRF: a client of the server must not make it fetch loopback, private, link-local or metadata
 * addresses, directly or through a redirect. Every server here listens on 127.0.0.1 and counts its
 * hits; nothing is ever sent to 10.0.0.1 or 169.254.169.254 (the guard refuses them before
 * connecting; those tests would fail by timing out, not by reaching anything, if it did not).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';

const ARTICLE = 'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.';

interface Local { url: string; hits: string[]; close: () => Promise<void> }

/** A loopback server; `handler` answers, every request path is recorded. */
async function local(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Local> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => { hits.push(req.url ?? ''); handler(req, res); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

function compareUrl(app: ReturnType<typeof createApp>, url: string) {
  return app.request('/api/compare', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ a: { url }, b: { text: ARTICLE } }),
  });
}

async function refused(res: Response): Promise<string> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(res.status, 403, JSON.stringify(body));
  assert.equal(body.error.code, 'fetch.forbidden');
  return body.error.message;
}

const guarded = createApp({ limits: { fetchTimeoutMs: 3000 } });

test('a loopback URL is refused without being contacted', async () => {
  const target = await local((_, res) => res.end(ARTICLE));
  try {
    assert.match(await refused(await compareUrl(guarded, `${target.url}/`)), /loopback/);
    const port = new URL(target.url).port;
    await refused(await compareUrl(guarded, `http://localhost:${port}/`));
    await refused(await compareUrl(guarded, `http://[::ffff:127.0.0.1]:${port}/`));
    await refused(await compareUrl(guarded, `http://2130706433:${port}/`)); // 127.0.0.1 as one number
    assert.deepEqual(target.hits, []);
  } finally { await target.close(); }
});

test('private, link-local and metadata addresses are refused before connecting', async () => {
  // the guard's own messages (private, metadata) show it refused before any connection was tried
  assert.match(await refused(await compareUrl(guarded, 'http://10.0.0.1/')), /private/);
  assert.match(await refused(await compareUrl(guarded, 'http://169.254.169.254/latest/meta-data/')), /metadata/);
  await refused(await compareUrl(guarded, 'http://192.168.1.1/'));
  await refused(await compareUrl(guarded, 'http://[fd00::1]/'));
  await refused(await compareUrl(guarded, 'http://[fe80::1]/'));
});

test('a redirect chain toward loopback or metadata is refused and nothing is fetched', async () => {
  const inner = await local((_, res) => res.end('SECRET'));
  const hop = await local((req, res) => {
    res.writeHead(302, { location: req.url === '/meta' ? 'http://169.254.169.254/latest/meta-data/' : `${inner.url}/secret` });
    res.end();
  });
  try {
    await refused(await compareUrl(guarded, `${hop.url}/to-loopback`));
    await refused(await compareUrl(guarded, `${hop.url}/meta`));
    assert.deepEqual(hop.hits, [], 'the first hop is loopback too, so it is refused before any request');
    assert.deepEqual(inner.hits, []);
  } finally { await hop.close(); await inner.close(); }
});

test('non-http schemes are refused and never read as files', async () => {
  for (const url of ['file:///etc/passwd', 'ftp://127.0.0.1/', 'javascript:alert(1)', '/etc/passwd', 'gopher://127.0.0.1:70/']) {
    const res = await compareUrl(guarded, url);
    const body = (await res.json()) as { error: { code: string } };
    assert.equal(res.status, 400, url);
    assert.equal(body.error.code, 'fetch.bad-url', url);
  }
});

test('--allow-private-urls lets loopback through, following redirects, within limits', async () => {
  const open = createApp({ allowPrivateUrls: true, limits: { fetchTimeoutMs: 1500, fetchBytes: 4096 } });
  const site = await local((req, res) => {
    if (req.url === '/start') { res.writeHead(301, { location: '/article' }); res.end(); return; }
    if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }); res.end(ARTICLE); return; }
    if (req.url === '/huge') { res.writeHead(200, { 'content-type': 'text/plain' }); res.end('word '.repeat(5000)); return; }
    if (req.url === '/slow') return; // never answers
    res.writeHead(404); res.end();
  });
  try {
    const ok = await compareUrl(open, `${site.url}/start`);
    assert.equal(ok.status, 200);
    const r = (await ok.json()) as { a: { name: string; chars: number } };
    assert.equal(r.a.chars, ARTICLE.length);
    assert.deepEqual(site.hits, ['/start', '/article']);

    const huge = await compareUrl(open, `${site.url}/huge`);
    assert.equal(huge.status, 413);
    const slow = await compareUrl(open, `${site.url}/slow`);
    assert.equal(slow.status, 504);
    const missing = await compareUrl(open, `${site.url}/missing`);
    assert.equal(missing.status, 502);
  } finally { await site.close(); }
});
