/**
 * Request bodies over real node:http (the path app.request() in app.test.ts does not take): the
 * limit with and without Content-Length, the 413 reaching the client, a BOM, and the cache key.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, type RunningServer } from './serve.js';
import { CompareCache } from './compare-cache.js';

const A = 'The Harlow council approved a budget of 12 million pounds on Monday. The mayor said the vote was close.';
const B = 'The Harlow council approved a budget of 15 million pounds on Monday. The mayor said the vote was not close.';

/** POSTs `chunks` to the server, with Content-Length unless `chunked`; resolves with status and body. */
function post(s: RunningServer, path: string, chunks: Buffer[], chunked: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', ...(chunked ? {} : { 'content-length': total }) };
    const req = http.request(`${s.url}${path}`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const split = (s: string, size: number): Buffer[] => {
  const b = Buffer.from(s);
  const out: Buffer[] = [];
  for (let i = 0; i < b.length; i += size) out.push(b.subarray(i, i + size));
  return out;
};

test('bodies past the limit get a 413 JSON answer over real HTTP, with or without Content-Length', async () => {
  const s = await startServer({ port: 0, compareWorkers: 0, limits: { compareBodyBytes: 2000 } });
  try {
    const big = JSON.stringify({ a: { text: 'x '.repeat(3000) }, b: { text: B } });
    for (const chunked of [false, true]) {
      const r = await post(s, '/api/compare', split(big, 700), chunked);
      assert.equal(r.status, 413, `chunked: ${chunked}`);
      assert.equal((JSON.parse(r.body) as { error: { code: string } }).error.code, 'input.too-large');
    }
    // the server still answers on a new request after refusing one mid-body
    const ok = await post(s, '/api/compare', split(JSON.stringify({ a: { text: A }, b: { text: B } }), 100), true);
    assert.equal(ok.status, 200);
    assert.equal((JSON.parse(ok.body) as { relation: string }).relation, 'derived');
  } finally {
    await s.close();
  }
});

test('a body with a UTF-8 byte order mark is read as JSON', async () => {
  const s = await startServer({ port: 0, compareWorkers: 0 });
  try {
    const r = await post(s, '/api/compare', [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ a: { text: A }, b: { text: B } }))], false);
    assert.equal(r.status, 200, r.body);
  } finally {
    await s.close();
  }
});

test('the result cache tells requests apart by every field and where one text ends', () => {
  const cache = new CompareCache(1_000_000);
  const key = (a: string, b: string, name?: string) => cache.key({ kind: 'text', text: a, ...(name ? { name } : {}) }, { kind: 'text', text: b }, false);
  assert.equal(key('ab', 'c'), key('ab', 'c'));
  assert.notEqual(key('ab', 'c'), key('a', 'bc'));
  assert.notEqual(key('ab', 'c'), key('ab', 'c', 'x'));
  assert.notEqual(cache.key({ kind: 'text', text: 'ab' }, { kind: 'text', text: 'c' }, true), key('ab', 'c'));
  assert.notEqual(cache.key({ kind: 'id', id: 'x' }, { kind: 'text', text: 'c' }, false), cache.key({ kind: 'id', id: 'y' }, { kind: 'text', text: 'c' }, false));
});

test('a client that hangs up mid-body does not bring the server down', async () => {
  const s = await startServer({ port: 0, compareWorkers: 0 });
  try {
    await new Promise<void>((resolve) => {
      const req = http.request(`${s.url}/api/compare`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': 10_000 } });
      req.on('error', () => resolve());
      req.write('{"a": {"text": "half a bo');
      setTimeout(() => { req.destroy(); resolve(); }, 100);
    });
    const ok = await post(s, '/api/compare', [Buffer.from(JSON.stringify({ a: { text: A }, b: { text: B } }))], false);
    assert.equal(ok.status, 200);
  } finally {
    await s.close();
  }
});
