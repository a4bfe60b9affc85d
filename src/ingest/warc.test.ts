import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readWarc } from './warc.js';
import type { IngestItem } from './types.js';

const PARAGRAPH = 'The council said the new ferry timetable would add two evening crossings from April, after a survey of 1,200 residents. ';

function page(i: number): string {
  return `<!doctype html><html lang="en"><head><title>Ferry story ${i}</title>
    <meta property="article:published_time" content="2024-03-0${i + 1}T08:00:00Z"><meta property="og:site_name" content="Harbour Herald">
    <link rel="canonical" href="https://herald.test/ferry-${i}"></head>
    <body><nav>Home | News</nav><article><h1>Ferry story ${i}</h1><p>${PARAGRAPH.repeat(4)}</p><p>Story ${i} ends here.</p></article></body></html>`;
}

async function* bytes(s: string): AsyncGenerator<Uint8Array> { yield new TextEncoder().encode(s); }

/** A WARC with a warcinfo record, a request, three HTML responses and an image response. */
async function archive(gzip: boolean): Promise<{ buf: Buffer; sizes: number[] }> {
  const records = [
    WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'copytrace test' }),
    WARCRecord.create({ url: 'https://herald.test/ferry-0', type: 'request', warcVersion: 'WARC/1.1', httpHeaders: { Host: 'herald.test' }, statusline: 'GET /ferry-0 HTTP/1.1' }, bytes('')),
    ...[0, 1, 2].map((i) => WARCRecord.create({ url: `https://herald.test/ferry-${i}`, date: '2024-03-10T00:00:00Z', type: 'response', warcVersion: 'WARC/1.1',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, bytes(page(i)))),
    WARCRecord.create({ url: 'https://herald.test/logo.png', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'image/png' }, statusline: 'HTTP/1.1 200 OK' }, bytes('\x89PNG')),
  ];
  const parts: Buffer[] = [];
  for (const r of records) parts.push(Buffer.from(await WARCSerializer.serialize(r, { gzip })));
  return { buf: Buffer.concat(parts), sizes: parts.map((p) => p.length) };
}

async function collect(it: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('readWarc', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-warc-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  for (const gzip of [false, true]) {
    const ext = gzip ? '.warc.gz' : '.warc';
    await t.test(`should read the HTML responses of a ${ext} with their metadata`, async () => {
      const { buf } = await archive(gzip);
      const file = join(dir, `full${ext}`);
      writeFileSync(file, buf);
      const items = await collect(readWarc(file, `full${ext}`));
      assert.deepEqual(items.map((i) => i.type), ['document', 'document', 'document']);
      const d = items[1]!.type === 'document' ? items[1]!.doc : undefined;
      assert.ok(d);
      assert.equal(d.id, 'https://herald.test/ferry-1');
      assert.equal(d.origin, `full${ext}#4`);
      assert.equal(d.title, 'Ferry story 1');
      assert.equal(d.url, 'https://herald.test/ferry-1');
      assert.equal(d.published, '2024-03-02T08:00:00.000Z');
      assert.equal(d.source, 'Harbour Herald');
      assert.match(d.text, /two evening crossings/);
      assert.doesNotMatch(d.text, /Home \| News/);
    });

    await t.test(`should report a truncated record of a ${ext} by number and keep the others`, async () => {
      const { buf, sizes } = await archive(gzip);
      // Cut inside the last HTML response (record 5): drop the image record and half of record 5.
      const cut = buf.length - sizes[5]! - Math.floor(sizes[4]! / 2);
      const file = join(dir, `cut${ext}`);
      writeFileSync(file, buf.subarray(0, cut));
      const items = await collect(readWarc(file, `cut${ext}`));
      assert.deepEqual(items.map((i) => (i.type === 'document' ? i.doc.id : i.type === 'skipped' ? `skip ${i.origin}` : i.type)),
        ['https://herald.test/ferry-0', 'https://herald.test/ferry-1', `skip cut${ext}#5`]);
    });
  }
});
