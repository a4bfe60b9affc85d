import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { estimateDocuments } from './estimate.js';

test('estimateDocuments', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copytrace-estimate-'));
  try {
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'one');
    writeFileSync(join(dir, 'sub', 'b.html'), '<p>two</p>');
    writeFileSync(join(dir, 'sub', 'c.jsonl'), '{"text":"x"}\n{"text":"y"}\n{"text":"z"}');
    writeFileSync(join(dir, '.hidden.txt'), 'not counted');
    assert.equal(await estimateDocuments([dir]), 5);
    assert.equal(await estimateDocuments([join(dir, 'sub', 'c.jsonl'), join(dir, 'missing.txt')]), 3);
    writeFileSync(join(dir, 'x.warc'), '');
    assert.equal(await estimateDocuments([dir]), undefined, 'a WARC cannot be counted up front');
    assert.equal(await estimateDocuments(['https://example.org/feed.xml']), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
