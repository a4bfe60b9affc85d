/**
 * `copytrace serve` as a user runs it: a child process on 127.0.0.1 (port 0), real HTTP, stopped
 * with SIGTERM; and its one-line errors for bad flags.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const MAIN = pathToFileURL(join(REPO, 'src', 'cli', 'main.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'ct-serve-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `copytrace ...args` from the sources in a child process. */
function cli(args: string[]): ChildProcess {
  const code = `const { main } = await import(${JSON.stringify(MAIN)}); process.exitCode = await main(${JSON.stringify(args)});`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
}

function collect(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '', err = '';
  child.stdout!.on('data', (d: Buffer) => { out += d; });
  child.stderr!.on('data', (d: Buffer) => { err += d; });
  return new Promise((r) => child.on('exit', (code) => r({ code, out, err })));
}

/** A GET with an explicit Host header (fetch would not let us set it). */
function get(url: string, host?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, host ? { headers: { host, accept: 'text/html' } } : { headers: { accept: 'text/html' } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

test('serve listens on loopback, answers the API and the UI, and stops on SIGTERM', async () => {
  const child = cli(['serve', '--db', join(dir, 'c.db'), '--port', '0']);
  const done = collect(child);
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(`serve exited early: ${buf}`)));
  });
  try {
    const health = await get(`${url}/api/health`);
    assert.equal(health.status, 200);
    assert.deepEqual(JSON.parse(health.body), { ok: true, documents: 0, readOnly: false, store: true });
    assert.match(String(health.headers['content-security-policy']), /script-src 'self'/);
    const page = await get(`${url}/`);
    assert.equal(page.status, 200);
    assert.match(page.body, /<title>copytrace<\/title>/);
    const rebound = await get(`${url}/api/health`, 'attacker.example:8080');
    assert.equal(rebound.status, 421);
  } finally {
    child.kill('SIGTERM');
  }
  const r = await done;
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /copytrace: serving .*c\.db \(0 documents\) at http:\/\/127\.0\.0\.1:\d+\//);
});

test('serve reports bad flags and unusable databases in one line', async () => {
  const badPort = await collect(cli(['serve', '--port', '99999']));
  assert.equal(badPort.code, 2);
  assert.match(badPort.err, /^copytrace: .*port number/m);
  const missing = await collect(cli(['serve', '--read-only', '--db', join(dir, 'missing.db'), '--port', '0']));
  assert.equal(missing.code, 1);
  assert.match(missing.err, /^copytrace: .*missing\.db/m);
  assert.equal(missing.err.trim().split('\n').length, 1);
});
