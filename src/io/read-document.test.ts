import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm, truncate, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { isUrlSpec, readDocument, type StdinLike } from './read-document.js';

const STORY = 'Rain closed the mountain road above Vellby on Sunday.\n\nCrews expect to reopen it by Wednesday.';
const PAGE = `<!doctype html><html><head><title>Road closed</title>
<meta property="article:published_time" content="2026-02-01T09:00:00Z"><meta property="og:site_name" content="Vellby Post"></head>
<body><nav>Menu Home Sport</nav><article><p>Rain closed the mountain road above Vellby on Sunday.</p>
<p>Crews expect to reopen it by Wednesday.</p></article></body></html>`;
let dir = '';
let server: http.Server;
let base = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copytrace-read-'));
  server = http.createServer((req, res) => {
    if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else res.writeHead(200, { 'content-type': 'text/plain' }).end(STORY);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

const stdinOf = (data: string | Buffer, isTTY = false): StdinLike => Object.assign(Readable.from([Buffer.from(data)]), { isTTY });

test('a UTF-8 text file is read as is', async () => {
  const p = join(dir, 'story.txt');
  await writeFile(p, '\uFEFF' + STORY);
  const d = await readDocument(p);
  assert.equal(d.name, p);
  assert.equal(d.text, STORY);
  assert.deepEqual(d.warnings, []);
  assert.equal(d.html, false);
});

test('missing file, directory, empty and binary files are refused with one-line messages', async () => {
  await assert.rejects(readDocument(join(dir, 'nope.txt')), { code: 'input.missing', message: `${join(dir, 'nope.txt')}: no such file` });
  const sub = join(dir, 'sub');
  await mkdir(sub, { recursive: true });
  await assert.rejects(readDocument(sub), { code: 'input.invalid', message: /is a directory/ });
  await writeFile(join(dir, 'empty.txt'), '  \n');
  await assert.rejects(readDocument(join(dir, 'empty.txt')), { code: 'input.empty' });
  await writeFile(join(dir, 'bin.dat'), Buffer.from([1, 2, 3, 0, 0, 255, 7]));
  await assert.rejects(readDocument(join(dir, 'bin.dat')), { code: 'input.binary', message: /bin\.dat: binary file, not text/ });
});

test('a 100 MB file is refused from its size, at once', async () => {
  const p = join(dir, 'huge.txt');
  await writeFile(p, '');
  await truncate(p, 100 * 1024 * 1024);
  await assert.rejects(readDocument(p), { code: 'input.too-large', message: /huge\.txt: file is 100 MB, over the 50 MB limit/ });
  await writeFile(join(dir, 'small.txt'), STORY);
  await assert.rejects(readDocument(join(dir, 'small.txt'), { maxBytes: 10 }), { code: 'input.too-large' });
});

test('a Windows-1252 file is read with a warning', async () => {
  const p = join(dir, 'cp1252.txt');
  await writeFile(p, Buffer.from([0x93, ...Buffer.from('Caf'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x33]));
  const d = await readDocument(p);
  assert.equal(d.text, '\u201cCafé\u201d \u2013 €3');
  assert.deepEqual(d.warnings, [`${p}: not valid UTF-8; read as Windows-1252`]);
});

test('an HTML file gives article text and metadata', async () => {
  const p = join(dir, 'page.html');
  await writeFile(p, PAGE);
  const d = await readDocument(p);
  assert.equal(d.text, STORY);
  assert.equal(d.html, true);
  assert.equal(d.title, 'Road closed');
  assert.equal(d.published, '2026-02-01T09:00:00.000Z');
  assert.equal(d.outlet, 'Vellby Post');
  // Sniffed without an .html extension.
  const q = join(dir, 'page.data');
  await writeFile(q, '\n  ' + PAGE);
  assert.equal((await readDocument(q)).text, STORY);
  await writeFile(join(dir, 'blank.html'), '<html><body><script>x()</script></body></html>');
  await assert.rejects(readDocument(join(dir, 'blank.html')), { code: 'input.empty', message: /no article text/ });
});

test('stdin: read, limited, and refused when it is a terminal', async () => {
  const d = await readDocument('-', { stdin: stdinOf(STORY) });
  assert.equal(d.name, '-');
  assert.equal(d.text, STORY);
  await assert.rejects(readDocument('-', { stdin: stdinOf('x'.repeat(100), false), maxBytes: 50 }), { code: 'input.too-large' });
  await assert.rejects(readDocument('-', { stdin: stdinOf('', true) }), { code: 'usage', message: /terminal/ });
});

test('URLs: fetched (private allowed on request), HTML extracted', async () => {
  await assert.rejects(readDocument(`${base}/text`), { code: 'fetch.forbidden' });
  const t = await readDocument(`${base}/text`, { allowPrivate: true });
  assert.equal(t.text, STORY);
  assert.equal(t.url, `${base}/text`);
  const h = await readDocument(`${base}/page`, { allowPrivate: true });
  assert.equal(h.text, STORY);
  assert.equal(h.html, true);
  assert.equal(h.url, `${base}/page`);
  await assert.rejects(readDocument('gopher://old.example/'), { code: 'fetch.bad-url' });
});

test('isUrlSpec tells URLs from paths', () => {
  assert.equal(isUrlSpec('https://a.example/x'), true);
  assert.equal(isUrlSpec('HTTP://a.example'), true);
  assert.equal(isUrlSpec('ftp://a'), true);
  assert.equal(isUrlSpec('notes/http.txt'), false);
  assert.equal(isUrlSpec('C:\\docs\\a.txt'), false);
  assert.equal(isUrlSpec('-'), false);
});

test('a file exactly at the limit is read whole; one byte over is refused', async () => {
  const p = join(dir, 'exact.txt');
  await writeFile(p, STORY);
  const size = Buffer.byteLength(STORY);
  assert.equal((await readDocument(p, { maxBytes: size })).text, STORY);
  await assert.rejects(readDocument(p, { maxBytes: size - 1 }), { code: 'input.too-large', message: /exact\.txt: file is/ });
});

test('a named pipe is read as a stream, under the limit', { skip: process.platform === 'win32' }, async () => {
  const { execFileSync } = await import('node:child_process');
  const { createWriteStream } = await import('node:fs');
  const fifo = join(dir, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
  const reading = readDocument(fifo);
  createWriteStream(fifo).end(STORY);
  assert.equal((await reading).text, STORY);
  const tooMuch = readDocument(fifo, { maxBytes: 10 });
  createWriteStream(fifo).on('error', () => {}).end(STORY);
  await assert.rejects(tooMuch, { code: 'input.too-large', message: /pipe\.txt: input is larger than/ });
});
