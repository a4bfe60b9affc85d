import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileKind, readInputs } from './read-inputs.js';
import type { IngestItem } from './types.js';

const BODY = 'Volunteers counted 412 seals on the northern sandbank this week, the highest tally since the survey began. ';

function article(title: string, text: string): string {
  return `<html><head><title>${title}</title><meta property="article:published_time" content="2024-05-01T09:00:00Z"><meta property="og:site_name" content="Coast Weekly"></head>
    <body><article><h1>${title}</h1><p>${text}</p><p>${text}</p></article></body></html>`;
}

const RSS = (base: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Coast Weekly</title><link>${base}/</link>
<item><title>Full item</title><link>${base}/full</link><guid>coast-full</guid><pubDate>Wed, 01 May 2024 09:00:00 GMT</pubDate><description>Seals counted.</description>
<content:encoded><![CDATA[<p>${BODY.repeat(7)}</p>]]></content:encoded></item>
<item><title>Summary item</title><link>/story/seals</link><guid>coast-summary</guid><description>Seals counted, read more.</description></item>
<item><title>Dead link</title><link>${base}/missing</link><description>Only this summary survives.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Coast</title>
<entry><title>Atom entry</title><id>urn:coast:1</id><link href="https://coast.test/a1"/><updated>2024-05-02T10:00:00Z</updated><content type="html">&lt;p&gt;${BODY.repeat(7)}&lt;/p&gt;</content></entry></feed>`;

async function collect(it: AsyncIterable<IngestItem>): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const summary = (items: IngestItem[]) => items.map((i) => (i.type === 'document' ? `doc ${i.doc.id}` : i.type === 'skipped' ? `skip ${i.origin}: ${i.reason}` : `warn ${i.origin}`));

test('fileKind', () => {
  assert.deepEqual(['a.TXT', 'b.html', 'c.warc.gz', 'd.WARC', 'e.jsonl', 'f.xml', 'g', 'h.png'].map(fileKind), ['text', 'html', 'warc', 'warc', 'jsonl', 'feed', 'text', 'unsupported']);
});

test('readInputs', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-ingest-'));
  const server: Server = createServer((req, res) => {
    if (req.url === '/feed.xml') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(RSS(base)); return; }
    if (req.url === '/story/seals' || req.url === '/page') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(article('Seal count', BODY.repeat(3))); return; }
    res.writeHead(404); res.end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t.after(() => { server.close(); rmSync(dir, { recursive: true, force: true }); });

  await t.test('should walk folders recursively, read each file by type and report what it skips', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'nested', 'deeper'), { recursive: true });
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'a.txt'), 'Seal count rises\n\nVolunteers counted 412 seals.\n');
    writeFileSync(join(root, 'b.html'), article('Seals on the sandbank', BODY));
    writeFileSync(join(root, 'nested', 'c.jsonl'), '{"id":"j1","text":"From JSON Lines."}\nnot json\n');
    writeFileSync(join(root, 'nested', 'deeper', 'feed.atom'), ATOM);
    writeFileSync(join(root, 'nested', 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    writeFileSync(join(root, 'nested', 'binary.txt'), Buffer.from([1, 2, 0, 3, 4]));
    writeFileSync(join(root, 'nested', 'latin1.txt'), Buffer.from('Caf\xe9 prices rose by \xa35.', 'latin1'));
    writeFileSync(join(root, 'nested', 'plain.xml'), '<?xml version="1.0"?><note>not a feed</note>');
    writeFileSync(join(root, '.hidden', 'x.txt'), 'hidden');
    const items = await collect(readInputs([root, join(dir, 'missing.txt')]));
    assert.deepEqual(summary(items), [
      `doc ${join(root, 'a.txt')}`,
      `doc ${join(root, 'b.html')}`,
      `skip ${join(root, 'nested', 'binary.txt')}: binary file, not text`,
      `doc j1`,
      `skip ${join(root, 'nested', 'c.jsonl')}:2: not valid JSON (Unexpected token 'o', "not json" is not valid JSON)`,
      `doc urn:coast:1`,
      `skip ${join(root, 'nested', 'image.png')}: unsupported file type (.png)`,
      `skip ${join(root, 'nested', 'latin1.txt')}: not valid UTF-8 (and no charset declared)`,
      `skip ${join(root, 'nested', 'plain.xml')}: not an RSS or Atom feed`,
      `skip ${join(dir, 'missing.txt')}: no such file or folder`,
    ]);
    const docs = items.flatMap((i) => (i.type === 'document' ? [i.doc] : []));
    assert.equal(docs[0]!.title, 'Seal count rises');
    assert.equal(docs[0]!.text, 'Seal count rises\n\nVolunteers counted 412 seals.\n');
    assert.deepEqual([docs[1]!.title, docs[1]!.published, docs[1]!.source], ['Seals on the sandbank', '2024-05-01T09:00:00.000Z', 'Coast Weekly']);
    assert.deepEqual([docs[3]!.title, docs[3]!.url, docs[3]!.published, docs[3]!.source], ['Atom entry', 'https://coast.test/a1', '2024-05-02T10:00:00.000Z', 'Atom Coast']);
  });

  await t.test('should read a feed URL: full items as they are, summary items from their linked page', async () => {
    const items = await collect(readInputs([`${base}/feed.xml`], { allowPrivate: true }));
    assert.deepEqual(summary(items), ['doc coast-full', 'doc coast-summary', `warn ${base}/feed.xml item 3`, `doc ${base}/missing`]);
    const docs = items.flatMap((i) => (i.type === 'document' ? [i.doc] : []));
    assert.equal(docs[0]!.published, '2024-05-01T09:00:00.000Z');
    assert.equal(docs[0]!.source, 'Coast Weekly');
    assert.match(docs[0]!.text, /^Volunteers counted 412 seals/);
    assert.equal(docs[1]!.url, `${base}/story/seals`, 'relative link resolved against the feed URL');
    assert.equal(docs[1]!.title, 'Seal count');
    assert.ok(docs[1]!.text.length > 300, 'the linked page, not the summary');
    assert.equal(docs[2]!.text, 'Only this summary survives.');
  });

  await t.test('should read a page URL, and refuse private addresses unless allowed', async () => {
    assert.deepEqual(summary(await collect(readInputs([`${base}/page`], { allowPrivate: true }))), [`doc ${base}/page`]);
    const refused = await collect(readInputs([`${base}/page`]));
    assert.equal(refused[0]?.type, 'skipped');
    assert.equal(refused[0]?.type === 'skipped' && refused[0].code, 'fetch.forbidden');
  });
});
