/**
 * End-to-end tests of the real binary (`node bin/copytrace.js`, running dist/), on files in a temp dir
 * and a local HTTP server. Builds dist/ first when it is missing or older than the sources.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STORY_A, STORY_B } from './test-helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/copytrace.js');
let dir = '';
let server: http.Server;
let base = '';
const hanging: http.ServerResponse[] = [];

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith('.ts') && !path.endsWith('.test.ts') ? st.mtimeMs : 0;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Builds dist/ when absent (full build) or stale (TypeScript only). */
function ensureBuilt(): void {
  const mainJs = join(ROOT, 'dist/cli/main.js');
  if (!existsSync(mainJs) || !existsSync(join(ROOT, 'lexicon'))) {
    spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } else if (newestMtime(join(ROOT, 'src')) > statSync(mainJs).mtimeMs) {
    // Type errors elsewhere in the tree do not stop tsc from emitting; only a missing output fails.
    spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
  assert.ok(existsSync(mainJs), 'dist/cli/main.js was not built');
}

interface Run { code: number; stdout: string; stderr: string; ms: number }

function cli(args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolveRun) => {
    const child = execFile(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', COPYTRACE_DEBUG: '', ...opts.env },
      timeout: 30_000,
      maxBuffer: 64 * 1024 * 1024,
    }, (err, stdout, stderr) => {
      const code = err && typeof err.code === 'number' ? err.code : err ? -1 : 0;
      resolveRun({ code, stdout, stderr, ms: Date.now() - t0 });
    });
    if (opts.input !== undefined) child.stdin?.end(opts.input);
    else child.stdin?.end();
  });
}

function oneErrorLine(r: Run, pattern: RegExp): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `expected one stderr line, got: ${r.stderr}`);
  assert.match(lines[0]!, /^copytrace: /);
  assert.match(lines[0]!, pattern);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
}

before(async () => {
  ensureBuilt();
  dir = await mkdtemp(join(tmpdir(), 'copytrace-cli-'));
  await writeFile(join(dir, 'a.txt'), STORY_A);
  await writeFile(join(dir, 'b.txt'), STORY_B);
  server = http.createServer((req, res) => {
    if (req.url === '/never') hanging.push(res);
    else if (req.url === '/article.html') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(
        `<!doctype html><html><head><title>Ferry</title></head><body><nav>Menu</nav><article>${STORY_B.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
      );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  for (const r of hanging) r.destroy();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

test('missing file: exit 2, one line naming the path', async () => {
  const r = await cli(['compare', 'a.txt', 'nope.txt']);
  assert.equal(r.code, 2);
  oneErrorLine(r, /nope\.txt: no such file/);
  assert.equal(r.stdout, '');
});

test('empty, whitespace-only and binary files: exit 2, one line', async () => {
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\n ');
  await writeFile(join(dir, 'pic.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  oneErrorLine(await cli(['compare', 'a.txt', 'empty.txt']), /empty\.txt: empty document/);
  oneErrorLine(await cli(['compare', 'blank.txt', 'a.txt']), /blank\.txt: empty document/);
  const bin = await cli(['compare', 'a.txt', 'pic.png']);
  assert.equal(bin.code, 2);
  oneErrorLine(bin, /pic\.png: binary file, not text/);
});

test('a 100 MB file is refused fast', async () => {
  const big = join(dir, 'big.txt');
  await writeFile(big, '');
  await truncate(big, 100 * 1024 * 1024);
  const r = await cli(['compare', 'a.txt', 'big.txt']);
  assert.equal(r.code, 2);
  oneErrorLine(r, /big\.txt: file is 100 MB, over the 50 MB limit/);
  assert.ok(r.ms < 3000, `took ${r.ms} ms`);
  const small = await cli(['compare', 'a.txt', 'b.txt', '--max-size', '0.0001']);
  assert.equal(small.code, 2);
  oneErrorLine(small, /over the .* limit/);
});

test('a Windows-1252 file gives a warning and works', async () => {
  const latin = Buffer.from(STORY_B.replace('Mara Lind', 'M\u00e4ra Lind'), 'latin1');
  await writeFile(join(dir, 'cp1252.txt'), Buffer.concat([latin, Buffer.from([0x20, 0x93, 0x6f, 0x6b, 0x94])]));
  const r = await cli(['compare', 'a.txt', 'cp1252.txt', '--json', '--with-text']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /^copytrace: warning: cp1252\.txt: not valid UTF-8; read as Windows-1252\n$/);
  const obj = JSON.parse(r.stdout);
  assert.ok(obj.b.text.includes('M\u00e4ra Lind'));
  assert.ok(obj.b.text.endsWith('\u201cok\u201d'));
});

test('--json output parses and follows copytrace.compare/1', async () => {
  const r = await cli(['compare', 'a.txt', 'b.txt', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const obj = JSON.parse(r.stdout);
  assert.equal(obj.schema, 'copytrace.compare/1');
  assert.equal(obj.a.name, 'a.txt');
  assert.equal(obj.a.chars, STORY_A.length);
  for (const k of ['relation', 'direction', 'score', 'style', 'coverage', 'alignments', 'changes']) assert.ok(k in obj, k);
  assert.ok(!('text' in obj.a), 'no text without --with-text');
});

test('stdin with -, and a text report by default', async () => {
  const r = await cli(['compare', '-', 'b.txt'], { input: STORY_A });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Aligned passages: \d+/);
  assert.match(r.stdout, /Changes: \d+/);
});

test('bad URL, unreachable host, timeout', async () => {
  const bad = await cli(['compare', 'a.txt', 'ftp://files.example/story.txt']);
  assert.equal(bad.code, 2);
  oneErrorLine(bad, /ftp:\/\/files\.example\/story\.txt: only http and https/);
  const bad2 = await cli(['compare', 'a.txt', 'http://exa mple.com/']);
  assert.equal(bad2.code, 2);
  oneErrorLine(bad2, /not a valid URL/);
  const down = await cli(['compare', 'a.txt', 'http://127.0.0.1:1/']);
  assert.equal(down.code, 1);
  oneErrorLine(down, /http:\/\/127\.0\.0\.1:1\/: connection refused/);
  const slow = await cli(['compare', 'a.txt', `${base}/never`, '--timeout', '0.5']);
  assert.equal(slow.code, 1);
  oneErrorLine(slow, /timed out after 0\.5 s/);
  assert.ok(slow.ms < 5000, `took ${slow.ms} ms`);
});

test('a URL on the local machine is allowed from the CLI; HTML reduced to the article', async () => {
  const r = await cli(['compare', 'a.txt', `${base}/article.html`, '--json', '--with-text']);
  assert.equal(r.code, 0, r.stderr);
  const obj = JSON.parse(r.stdout);
  assert.equal(obj.b.text, STORY_B);
  assert.equal(obj.b.name, `${base}/article.html`);
});

test('--pairs: one JSON line per pair, in order, bad lines reported and the rest run', async () => {
  await writeFile(join(dir, 'pairs.jsonl'), [
    JSON.stringify({ a: 'a.txt', b: 'b.txt' }),
    'this is not json',
    JSON.stringify({ a: 'b.txt', b: 'a.txt' }),
    JSON.stringify({ a: 'a.txt', b: 'gone.txt' }),
  ].join('\n'));
  for (const extra of [[], ['--jobs', '1'], ['--json', '--jobs', '2']]) {
    const r = await cli(['compare', '--pairs', 'pairs.jsonl', ...extra]);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].schema, 'copytrace.compare/1');
    assert.equal(lines[0].a.name, 'a.txt');
    assert.deepEqual(lines[1], { line: 2, error: { code: 'input.invalid', message: 'pairs.jsonl:2: not valid JSON' } });
    assert.equal(lines[2].a.name, 'b.txt');
    assert.equal(lines[3].line, 4);
    assert.equal(lines[3].error.code, 'input.missing');
  }
  const missing = await cli(['compare', '--pairs', 'no-pairs.jsonl']);
  assert.equal(missing.code, 2);
  oneErrorLine(missing, /no-pairs\.jsonl: no such file/);
});

test('--format html escapes document text; --out writes the file', async () => {
  const evil = 'Breaking <script>alert(1)</script> news & "quotes" <img src=x onerror=alert(2)>.\n\nSecond paragraph here.';
  await writeFile(join(dir, 'evil-a.txt'), evil);
  await writeFile(join(dir, 'evil-b.txt'), evil.replace('Second', 'Another'));
  const r = await cli(['compare', 'evil-a.txt', 'evil-b.txt', '--format', 'html']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.startsWith('<!DOCTYPE html>'));
  assert.equal(r.stdout.match(/<script/gi)?.length, 1, 'only the report script');
  assert.ok(!r.stdout.includes('<img'));
  assert.ok(r.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  const out = await cli(['compare', 'a.txt', 'b.txt', '--out', 'report.html']);
  assert.equal(out.code, 0, out.stderr);
  assert.equal(out.stdout, '');
  const html = await readFile(join(dir, 'report.html'), 'utf8');
  assert.ok(html.startsWith('<!DOCTYPE html>'));
});

test('usage errors: exit 2, one line; --help exits 0', async () => {
  const r = await cli(['compare', 'a.txt', 'b.txt', '--bogus']);
  assert.equal(r.code, 2);
  oneErrorLine(r, /unknown option '--bogus'/);
  const dirArg = await cli(['compare', 'a.txt', '.']);
  assert.equal(dirArg.code, 2);
  oneErrorLine(dirArg, /\.: is a directory/);
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /compare/);
});

test('a closed stdout (| head) ends quietly', async () => {
  const child = spawn(process.execPath, [BIN, 'compare', 'a.txt', 'b.txt', '--format', 'html'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.ok(!stderr.includes('EPIPE'), stderr);
  assert.ok(code === 0 || code === null, `exit ${code}`);
});
