import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { guardedFetch } from './fetch.js';

const ARTICLE = 'Harbour works delayed again, the port authority said on Monday.';
let server: http.Server;
let base = '';
let port = 0;
let hops = 0;
const hanging: http.ServerResponse[] = [];

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/article':
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ARTICLE);
        return;
      case '/redirect':
        hops++;
        res.writeHead(302, { location: '/article' }).end();
        return;
      case '/loop':
        res.writeHead(301, { location: `/loop?n=${Number(url.searchParams.get('n') ?? 0) + 1}` }).end();
        return;
      case '/to-v6-loopback':
        res.writeHead(302, { location: `http://[::1]:${port}/article` }).end();
        return;
      case '/to-file':
        res.writeHead(302, { location: 'file:///etc/passwd' }).end();
        return;
      case '/big-declared':
        res.writeHead(200, { 'content-length': String(10_000_000) });
        res.write('x'.repeat(1000));
        hanging.push(res);
        return;
      case '/big-chunked': {
        res.writeHead(200, { 'content-type': 'text/plain' });
        let sent = 0;
        const push = (): void => {
          while (sent < 5_000_000) {
            sent += 65536;
            if (!res.write('y'.repeat(65536))) return void res.once('drain', push);
          }
          res.end();
        };
        push();
        return;
      }
      case '/gzip-bomb':
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(20_000_000, 0x61)));
        return;
      case '/gzip-ok':
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' }).end(gzipSync(ARTICLE));
        return;
      case '/never':
        hanging.push(res); // accept the request, never answer
        return;
      case '/missing':
        res.writeHead(404).end('no');
        return;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  for (const r of hanging) r.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

test('loopback is refused by default and allowed with allowPrivate', async () => {
  await assert.rejects(guardedFetch(`${base}/article`), { code: 'fetch.forbidden', message: /127\.0\.0\.1.*loopback/ });
  await assert.rejects(guardedFetch(`http://localhost:${port}/article`), { code: 'fetch.forbidden' });
  await assert.rejects(guardedFetch(`http://[::1]:${port}/article`), { code: 'fetch.forbidden' });
  await assert.rejects(guardedFetch(`http://0.0.0.0:${port}/article`), { code: 'fetch.forbidden' });
  await assert.rejects(guardedFetch(`http://[::ffff:127.0.0.1]:${port}/article`), { code: 'fetch.forbidden' });
  await assert.rejects(guardedFetch(`http://0x7f.1:${port}/article`), { code: 'fetch.forbidden' });
  const res = await guardedFetch(`${base}/article`, { allowPrivate: true });
  assert.equal(res.status, 200);
  assert.equal(res.body.toString('utf8'), ARTICLE);
  assert.equal(res.contentType, 'text/plain; charset=utf-8');
  const viaName = await guardedFetch(`http://localhost:${port}/article`, { allowPrivate: true });
  assert.equal(viaName.body.toString('utf8'), ARTICLE);
});

test('redirects are followed and every hop is checked again', async () => {
  hops = 0;
  const res = await guardedFetch(`${base}/redirect`, { allowPrivate: true });
  assert.equal(res.url, `${base}/article`);
  assert.equal(res.body.toString('utf8'), ARTICLE);
  assert.equal(hops, 1);
  // First hop allowed by policy, the redirect target (127.0.0.1 by another spelling) is not.
  const onlyFirst = (addr: string): boolean => addr === '127.0.0.1';
  await assert.rejects(guardedFetch(`${base}/to-v6-loopback`, { isAddressAllowed: onlyFirst }), {
    code: 'fetch.forbidden',
    message: /::1/,
  });
  await assert.rejects(guardedFetch(`${base}/to-file`, { allowPrivate: true }), { code: 'fetch.forbidden' });
  await assert.rejects(guardedFetch(`${base}/loop`, { allowPrivate: true }), { code: 'fetch.failed', message: /too many redirects/ });
});

test('a redirect to a loopback address is refused', async () => {
  // Serve on 127.0.0.2 (treated as allowed by the policy) and redirect to 127.0.0.1.
  const relay = http.createServer((_req, res) => res.writeHead(302, { location: `${base}/article` }).end());
  await new Promise<void>((r) => relay.listen(0, '127.0.0.2', r));
  try {
    const relayUrl = `http://127.0.0.2:${(relay.address() as AddressInfo).port}/`;
    const policy = (addr: string): boolean => addr === '127.0.0.2';
    await assert.rejects(guardedFetch(relayUrl, { isAddressAllowed: policy }), { code: 'fetch.forbidden', message: /127\.0\.0\.1/ });
  } finally {
    await new Promise((r) => relay.close(r));
  }
});

test('timeouts', { timeout: 15_000 }, async () => {
  await assert.rejects(guardedFetch(`${base}/never`, { allowPrivate: true, timeoutMs: 300 }), {
    code: 'fetch.timeout',
    message: `${base}/never: timed out after 0.3 s`,
  });
});

test('size limits: declared, streamed and decompressed', { timeout: 15_000 }, async () => {
  const opts = { allowPrivate: true, maxBytes: 1_000_000, timeoutMs: 5000 };
  await assert.rejects(guardedFetch(`${base}/big-declared`, opts), { code: 'fetch.too-large' });
  await assert.rejects(guardedFetch(`${base}/big-chunked`, opts), { code: 'fetch.too-large' });
  await assert.rejects(guardedFetch(`${base}/gzip-bomb`, opts), { code: 'fetch.too-large' });
  const ok = await guardedFetch(`${base}/gzip-ok`, opts);
  assert.equal(ok.body.toString('utf8'), ARTICLE);
});

test('bad URLs, unreachable hosts and HTTP errors', async () => {
  for (const bad of ['ftp://example.com/a', 'not a url', 'http://', 'file:///etc/passwd', 'javascript:alert(1)']) {
    await assert.rejects(guardedFetch(bad), { code: 'fetch.bad-url' }, bad);
  }
  await assert.rejects(guardedFetch('http://127.0.0.1:1/', { allowPrivate: true }), {
    code: 'fetch.failed',
    message: 'http://127.0.0.1:1/: connection refused',
  });
  await assert.rejects(guardedFetch('http://no-such-host.invalid/', { timeoutMs: 5000 }), (e: Error & { code?: string }) =>
    e.code === 'fetch.failed' || e.code === 'fetch.timeout');
  await assert.rejects(guardedFetch(`${base}/missing`, { allowPrivate: true }), { code: 'fetch.failed', message: /HTTP 404/ });
});
