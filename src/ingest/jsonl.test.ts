import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { byteLines, readJsonl } from './jsonl.js';
import { contentId } from './content-id.js';
import type { IngestItem } from './types.js';

async function collect(it: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('byteLines', async (t) => {
  await t.test('should split LF and CRLF lines across chunk boundaries', async () => {
    const chunks = [Buffer.from('ab\r'), Buffer.from('\ncd\n'), Buffer.from('e'), Buffer.from('f')];
    const lines = [];
    for await (const l of byteLines(Readable.from(chunks))) lines.push([l.line, l.bytes.toString()]);
    assert.deepEqual(lines, [[1, 'ab'], [2, 'cd'], [3, 'ef']]);
  });
});

test('readJsonl', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-jsonl-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));

  await t.test('should read good lines, report bad ones with file and line, and derive missing ids', async () => {
    const file = join(dir, 'mixed.jsonl');
    const lines = [
      JSON.stringify({ id: 'harbour-1', text: 'The harbour reopened on Monday.', title: 'Harbour', source: 'Valley Post', published: '2024-03-05T10:00:00Z', lang: 'en' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ text: 'A story without an id.' }),
      '',
      JSON.stringify({ id: 'x', title: 'no text' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 7, text: 'Numeric id.', published: 'not a date' }),
      JSON.stringify({ id: 'page', html: '<html><head><title>Page title</title><meta property="article:published_time" content="2024-01-02T03:04:05Z"></head><body><article><p>Extracted from the page markup, with a sentence long enough to count as article text for the reader.</p></article></body></html>' }),
    ];
    writeFileSync(file, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from(JSON.stringify({ id: 'last', text: 'After the bad bytes.' }))]));
    const items = await collect(readJsonl(file, 'mixed.jsonl'));
    const docs = items.flatMap((i) => (i.type === 'document' ? [i.doc] : []));
    const skips = items.flatMap((i) => (i.type === 'skipped' ? [`${i.origin} ${i.reason}`] : []));
    assert.deepEqual(docs.map((d) => d.id), ['harbour-1', contentId('A story without an id.'), '7', 'page', 'last']);
    assert.deepEqual(docs[0], { id: 'harbour-1', text: 'The harbour reopened on Monday.', title: 'Harbour', source: 'Valley Post', published: '2024-03-05T10:00:00.000Z', lang: 'en', origin: 'mixed.jsonl:1' });
    assert.equal(docs[3]!.title, 'Page title');
    assert.equal(docs[3]!.published, '2024-01-02T03:04:05.000Z');
    assert.match(docs[3]!.text, /^Extracted from the page markup/);
    assert.equal(skips.length, 4);
    assert.match(skips[0]!, /^mixed\.jsonl:2 not valid JSON/);
    assert.match(skips[1]!, /^mixed\.jsonl:5 no "text"/);
    assert.match(skips[2]!, /^mixed\.jsonl:6 not a JSON object/);
    assert.match(skips[3]!, /^mixed\.jsonl:9 not valid UTF-8/);
    const warnings = items.flatMap((i) => (i.type === 'warning' ? [i.origin] : []));
    assert.deepEqual(warnings, ['mixed.jsonl:7']);
  });
});
